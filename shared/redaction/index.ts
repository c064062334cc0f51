// The redaction engine's public face: the renderer, the core, the command line and the bench
// import from here only (lint forbids deep imports from outside shared/redaction).
import type { CaseFile } from '../caseFile/schema';
import { checkLeaks, type LeakReport } from './leakCheck';
import { mixedScriptWords } from './normalize';
import { residualRisk, type ResidualRisk } from './risk';
import { applyFindings, suggest } from './suggest';
import type { Finding } from './types';

export type { LeakReport } from './leakCheck';
export type { ResidualRisk } from './risk';
export type { DetailOf, Finding } from './types';
export { checkLeaks } from './leakCheck';
export { residualRisk } from './risk';
export { applyFindings } from './suggest';
export { nominativeAt, renamePerson, scanAlongside } from './rename';
export { protectedIdentifiers } from './protected';
export { createLiveScanner } from './liveScanner';
export type { DictionarySource } from './morphology/dictionaries';
export { loadRussianDictionaries, russianMorphologyState, russianReadings, setRussianDictionarySource } from './morphology/russian';
export { detectLanguage } from './belarusian/language';

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
/** The engine's spelling folds and name table, for the case list's search (electron/core/vault/caseSearch.ts). */
export { coarseKey, foldWord } from './fold';
export { givenNames, type GivenName } from './givenNames';
export { lexiconStats as belarusianLexiconStats } from './belarusian/lexicon';
export { englishLexiconStats } from './language/english';
