// Hand-written (docs/hand-written.md): the residual-risk levels are DESIGN.md's policy.
import type { LeakReport } from './leakCheck';

export interface ResidualRisk {
  level: 'low' | 'medium' | 'high';
  reasons: string[];
  /** The quasi-identifiers still in the text, each once. */
  remaining: { category: string; text: string; identifier: string }[];
}

/**
 * Re-identification comes from combinations: an exact date, a town and a rare job together
 * point at one family even when no name is left. Any direct identifier is high risk.
 */
export function residualRisk(report: LeakReport): ResidualRisk {
  const reasons: string[] = [];
  const seen = new Set<string>();
  const remaining = report.quasi.filter((q) => {
    const key = `${q.category}:${q.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((q) => ({ category: q.category, text: q.text, identifier: q.identifier }));
  const categories = new Set(remaining.map((r) => r.category));
  if (report.direct.length) reasons.push(`${report.direct.length} direct identifier(s) remain: ${[...new Set(report.direct.map((d) => d.text))].join(', ')}`);
  if (remaining.length) reasons.push(`quasi-identifiers remain: ${[...categories].join(', ')}`);
  const level = report.direct.length || categories.size >= 3 ? 'high' : categories.size >= 1 ? 'medium' : 'low';
  if (level === 'low') reasons.push('no identifier of the record was found in the text');
  return { level, reasons, remaining };
}
