import type { CaseFile } from '../caseFile/schema';
import { applyFindings, scanAlongside } from '../redaction';

/**
 * The first published purpose of each need: the engine's redaction of the original, in the
 * order of data.needs, each person named as in the story. The person then edits them in the
 * redaction editor like the story.
 */
export function initialPurposes(data: CaseFile): string[] {
  const purposes = (data.needs ?? []).map((need) => need.purpose ?? '');
  const findings = scanAlongside(data, data.story?.text ?? '', purposes);
  return purposes.map((purpose, i) => applyFindings(purpose, findings[i]!));
}
