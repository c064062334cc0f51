import { StateEffect, StateField, type ChangeDesc, type EditorState, type Transaction } from '@codemirror/state';

/** What happened to one finding, or to a span the person redacted by hand. */
export type Status = 'accepted' | 'rejected' | 'manual';

/**
 * One decision, anchored in the published text. Its published words are whatever the text
 * holds between `from` and `to`, so a hand edit inside a replacement is part of the decision.
 */
export interface Mark {
  /** Stable across reopening: where the finding stands in the original, or a manual id. */
  id: string;
  from: number;
  to: number;
  status: Status;
  original: string;
  category: string;
  /** The engine's suggestion: published words that differ from it make the decision "edited". */
  replacement: string;
  source: 'record' | 'detector' | 'manual';
  identifier?: string;
  personId?: string;
}

/** Replaces every mark at once; positions are those after the transaction's changes. */
export const setMarks = StateEffect.define<Mark[]>({
  map: (marks, changes) => marks.map((m) => mapMark(m, changes)),
});

/**
 * A mark follows typing around it: typed at its edges stays outside, typed inside is inside.
 * When the whole mark is typed over, the new words become the mark.
 */
export function mapMark(mark: Mark, changes: ChangeDesc): Mark {
  let from = changes.mapPos(mark.from, 1);
  let to = changes.mapPos(mark.to, -1);
  if (from > to) {
    from = changes.mapPos(mark.from, -1);
    to = changes.mapPos(mark.to, 1);
  }
  return from === mark.from && to === mark.to ? mark : { ...mark, from, to };
}

export const marksField = StateField.define<Mark[]>({
  create: () => [],
  update(marks, tr: Transaction) {
    for (const effect of tr.effects) if (effect.is(setMarks)) return effect.value;
    return tr.docChanged ? marks.map((m) => mapMark(m, tr.changes)) : marks;
  },
});

/** The decision of a mark as the reviewer reads it: the words published in its place. */
export function decisionOf(state: EditorState, mark: Mark) {
  const published = state.doc.sliceString(mark.from, mark.to);
  const decision: 'accepted' | 'rejected' | 'edited' | 'manual' =
    mark.status === 'manual' ? 'manual' : mark.status === 'rejected' ? 'rejected' : sameWords(published, mark.replacement) ? 'accepted' : 'edited';
  return { key: mark.id, original: mark.original, replacement: published, category: mark.category, decision, from: mark.from, to: mark.to };
}

/** A replacement put at the start of a sentence is capitalised there; that is not an edit. */
const sameWords = (a: string, b: string) => a === b || (a.length === b.length && a.slice(1) === b.slice(1) && a[0]!.toLowerCase() === b[0]?.toLowerCase());
