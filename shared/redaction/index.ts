import type { CaseFile } from '../caseFile/schema';
import { checkLeaks, type LeakReport } from './leakCheck';
import { residualRisk, type ResidualRisk } from './risk';
import { mixedScriptWords } from './normalize';
import { applyFindings, suggest, type Finding } from './suggest';

export type { Finding } from './suggest';
export type { LeakHit, LeakReport } from './leakCheck';
export type { ResidualRisk } from './risk';
export { checkLeaks } from './leakCheck';

/** Every finding in the story with its suggested replacement, nothing applied. */
export function scanStory(caseFile: CaseFile, text = caseFile.story?.text ?? ''): Finding[] {
  return suggest(caseFile, text);
}

export interface Redaction {
  text: string;
  replacements: Finding[];
  leaks: LeakReport;
  risk: ResidualRisk;
}

export interface ScanWarning {
  start: number;
  end: number;
  text: string;
  message: string;
}

/** Words mixing Latin and Cyrillic letters: a look-alike trick or a typo, worth a person's look. */
export function scanWarnings(text: string): ScanWarning[] {
  return mixedScriptWords(text).map((w) => ({ ...w, message: 'mixes Latin and Cyrillic letters' }));
}

/** Applies every default suggestion, then checks the result as the export gate will. */
export function redactStory(caseFile: CaseFile, text = caseFile.story?.text ?? ''): Redaction {
  const replacements = suggest(caseFile, text);
  const redacted = applyFindings(text, replacements);
  const leaks = checkLeaks(caseFile, redacted);
  return { text: redacted, replacements, leaks, risk: residualRisk(leaks) };
}
export { createLiveScanner, type LiveScanner } from './liveScanner';
