import { publicationPayload, readerTexts } from '../../../shared/publication/payload';
import { checkLeaks } from '../../../shared/redaction';
import { requireRussianMorphology } from '../morphology/nodeDictionaries';
import type { CaseRecord } from '../vault/caseRecord';
import type { Vault } from '../vault/vault';
import type { VaultSession } from '../vault/session';
import type { StoryJson } from './exportFolder';
import { approveCase, exportPublication, publicationStory, submit, type AcceptedRisk } from './steps';

/** The leak check over everything a reader would see: title, story, each need's amount, currency and purpose, and the total. */
function leakReport(record: CaseRecord) {
  const texts = record.redaction ? readerTexts(publicationPayload(record.data, record.redaction)) : [];
  requireRussianMorphology(...texts);
  const reports = texts.map((text) => checkLeaks(record.data, text));
  return {
    direct: [...new Set(reports.flatMap((r) => r.direct.map((h) => h.text)))],
    quasi: reports.flatMap((r) => r.quasi.map((h) => ({ category: h.category, text: h.text }))),
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

/** The publication an export of this case would write, checked as export checks it (for a bundle of approved publications). */
export function publicationOf(s: VaultSession, record: CaseRecord): StoryJson {
  return publicationStory(s, record, leakReport(record).direct);
}
