// Hand-written (docs/hand-written.md): the export gate's rule is this record's own.
import type { CaseFile } from '../caseFile/schema';
import { analyze, resolveOverlaps } from './analyze';
import { originalSpan } from './normalize';
import type { Category } from './types';

export interface LeakHit {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'quasi';
  category: Category;
  /** The protected value of the record that this text reveals. */
  identifier: string;
}

export interface LeakReport {
  direct: LeakHit[];
  quasi: LeakHit[];
}

/**
 * Looks for every protected identifier of the case, in any form, in a text about to leave.
 * It is separate from the suggestions: it trusts no earlier decision, only the record.
 */
export function checkLeaks(caseFile: CaseFile, text: string): LeakReport {
  const analysis = analyze(caseFile, text, false);
  const report: LeakReport = { direct: [], quasi: [] };
  for (const d of resolveOverlaps(analysis.record)) {
    const [start, end] = originalSpan(analysis.normalized, d.start, d.end);
    const hit: LeakHit = { start, end, text: text.slice(start, end), kind: d.kind, category: d.category, identifier: d.identifier ?? d.category };
    report[d.kind].push(hit);
  }
  return report;
}
