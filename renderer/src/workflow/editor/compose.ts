import type { Finding } from '../../../../shared/redaction';
import type { Mark } from './marks';

/** A finding's id: where it stands in the original story, stable while the story is unchanged. */
export const findingId = (f: Pick<Finding, 'start' | 'end'>) => `f${f.start}-${f.end}`;

/** At the start of a sentence a replacement begins with a capital, as the sentence does. */
export function fitReplacement(before: string, replacement: string): string {
  return /(?:^|[.!?]\s+|\n\s*)$/.test(before) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/**
 * The first published text: the original with every accepted suggestion in place, and a
 * mark for each finding so the editor can show it and change it later. A finding that
 * overlaps an earlier one is left to the earlier one, as the engine's own applyFindings does.
 */
export function compose(original: string, findings: Finding[]): { text: string; marks: Mark[] } {
  let text = '';
  let cursor = 0;
  const marks: Mark[] = [];
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    text += original.slice(cursor, f.start);
    let words = fitReplacement(text, f.replacement);
    if (words === '') {
      // A dropped span takes its space with it, so no double space is left behind.
      text = text.replace(/[ \t]+$/, '');
      if (text && !/[\s(«"]$/.test(text) && !/^[\s,.;:!?)»"]/.test(original.slice(f.end))) words = ' ';
    }
    const from = text.length;
    text += words;
    marks.push({
      id: findingId(f), from, to: from + words.length, status: 'accepted', original: f.original, category: f.category,
      replacement: f.replacement, source: f.source, ...(f.identifier ? { identifier: f.identifier } : {}), ...(f.personId ? { personId: f.personId } : {}),
    });
    cursor = f.end;
  }
  return { text: text + original.slice(cursor), marks };
}

/** A saved decision as the vault keeps it (the shared Decision, with its anchor). */
export interface SavedDecision {
  key?: string | undefined;
  original: string;
  replacement: string;
  category: string;
  decision: 'accepted' | 'rejected' | 'edited' | 'manual';
  from?: number | undefined;
  to?: number | undefined;
}

/**
 * The marks of a saved draft, put back where they were. Each keeps the engine's suggestion
 * for its finding (when the finding is still there) so "accepted" and "edited" stay apart.
 * Decisions saved without an anchor (before the editor kept them) cannot be placed: null.
 */
export function restore(text: string, saved: SavedDecision[], findings: Finding[]): Mark[] | null {
  if (saved.length && saved.some((d) => d.key === undefined || d.from === undefined || d.to === undefined)) return null;
  const byId = new Map(findings.map((f) => [findingId(f), f]));
  const marks: Mark[] = [];
  for (const d of saved) {
    const from = Math.min(d.from!, text.length);
    const to = Math.min(Math.max(d.to!, from), text.length);
    const finding = byId.get(d.key!);
    const status = d.decision === 'manual' ? 'manual' : d.decision === 'rejected' ? 'rejected' : 'accepted';
    marks.push({
      id: d.key!, from, to, status, original: d.original, category: d.category,
      replacement: finding?.replacement ?? d.replacement,
      source: d.decision === 'manual' ? 'manual' : (finding?.source ?? 'record'),
      ...(finding?.identifier ? { identifier: finding.identifier } : {}), ...(finding?.personId ? { personId: finding.personId } : {}),
    });
  }
  return marks;
}
