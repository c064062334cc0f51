// Hand-written (docs/hand-written.md): per-paragraph cache of the editor's findings.
import type { CaseFile } from '../caseFile/schema';
import { pseudonymPicker, suggest } from './suggest';
import type { Finding } from './types';

export interface LiveScanner {
  /** Findings of the whole text, re-scanning only the paragraphs that changed since last time. */
  scan(text: string): Finding[];
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/**
 * For the editor's live highlighting: identifiers never span a blank line, so a paragraph's
 * findings depend on that paragraph alone, and an edit re-scans one paragraph. The record's
 * variants are built once (protected.ts caches them); pseudonyms are chosen once per scanner
 * so every paragraph agrees.
 */
export function createLiveScanner(caseFile: CaseFile, initialText: string): LiveScanner {
  const pick = pseudonymPicker(caseFile, initialText);
  let cache = new Map<string, Finding[]>();
  return {
    scan(text) {
      const next = new Map<string, Finding[]>();
      const out: Finding[] = [];
      let start = 0;
      const breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((m) => [m.index!, m.index! + m[0].length] as const);
      for (const [breakStart, breakEnd] of [...breaks, [text.length, text.length] as const]) {
        const paragraph = text.slice(start, breakStart);
        const findings = next.get(paragraph) ?? cache.get(paragraph) ?? suggest(caseFile, paragraph, pick);
        next.set(paragraph, findings);
        for (const f of findings) out.push({ ...f, start: f.start + start, end: f.end + start });
        start = breakEnd;
      }
      cache = next;
      return out;
    },
  };
}
