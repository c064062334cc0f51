import { checkLeaks } from '../../../shared/redaction';
import type { CaseRecord } from '../vault/caseRecord';
import type { Vault } from '../vault/vault';
import { approveCase, exportPublication, submit, type AcceptedRisk } from './steps';

/** The text a reader would see: title and story, checked together. */
function leakReport(record: CaseRecord) {
  const text = `${record.redaction?.title ?? ''}\n\n${record.redaction?.text ?? ''}`;
  const report = checkLeaks(record.data, text);
  return {
    direct: [...new Set(report.direct.map((h) => h.text))],
    quasi: report.quasi.map((h) => ({ category: h.category, text: h.text })),
  };
}

/** Workflow steps that need the redaction engine's fresh leak check, run here in the core. */
export function submitForReview(vault: Vault, id: string): CaseRecord {
  return submit(vault, id, leakReport(vault.get(id)).direct);
}

export function approve(vault: Vault, id: string, acceptedRisks: AcceptedRisk[]): CaseRecord {
  return approveCase(vault, id, leakReport(vault.get(id)), acceptedRisks);
}

export function remainingRisks(vault: Vault, id: string) {
  return leakReport(vault.get(id));
}

export function exportCase(vault: Vault, id: string, folder: string) {
  return exportPublication(vault, id, folder, leakReport(vault.get(id)).direct);
}
