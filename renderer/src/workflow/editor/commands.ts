import { ChangeSet, EditorSelection, StateEffect, StateField, type EditorState } from '@codemirror/state';
import { isolateHistory } from '@codemirror/commands';
import type { EditorView } from '@codemirror/view';
import { fitReplacement } from './compose';
import { mapMark, marksField, setMarks, type Mark, type Status } from './marks';

/** A finding of the engine in the published text itself that no decision covers yet. */
export interface LiveHit {
  from: number;
  to: number;
  text: string;
  category: string;
  kind: 'direct' | 'quasi';
  source: 'record' | 'detector';
  /** The engine's suggestion for it, used when the person redacts it with one key. */
  replacement: string;
  identifier?: string;
}

export const setLive = StateEffect.define<LiveHit[]>();

export const liveField = StateField.define<LiveHit[]>({
  create: () => [],
  update(hits, tr) {
    for (const effect of tr.effects) if (effect.is(setLive)) return effect.value;
    if (!tr.docChanged) return hits;
    return hits.flatMap((h) => {
      const from = tr.changes.mapPos(h.from, 1);
      const to = tr.changes.mapPos(h.to, -1);
      // Typing inside a hit makes it stale until the next scan answers.
      return from < to && tr.changes.touchesRange(h.from, h.to) === false ? [{ ...h, from, to }] : [];
    });
  },
});

interface Rewrite {
  mark: Mark;
  /** The words to publish in the mark's place. */
  words: string;
  status: Status;
}

/** Rewrites some marks in one undoable step, and anchors every mark after it. */
function rewrite(view: EditorView, rewrites: Rewrite[], extra: Mark[] = [], select?: { mark: string }) {
  const state = view.state;
  const fitted = (r: Rewrite) => fitReplacement(r.mark.from === 0 ? '' : state.doc.sliceString(Math.max(0, r.mark.from - 200), r.mark.from).replace(/^/, ' '), r.words);
  const specs = rewrites
    .filter((r) => r.status !== r.mark.status || state.doc.sliceString(r.mark.from, r.mark.to) !== fitted(r))
    .sort((a, b) => a.mark.from - b.mark.from);
  const changes = ChangeSet.of(specs.map((r) => ({ from: r.mark.from, to: r.mark.to, insert: fitted(r) })), state.doc.length);
  const changed = new Map(specs.map((r) => [r.mark.id, r]));
  const marks = [...state.field(marksField), ...extra].map((m) => {
    const r = changed.get(m.id);
    if (!r) return mapMark(m, changes);
    return { ...m, status: r.status, from: changes.mapPos(m.from, -1), to: changes.mapPos(m.to, 1) };
  });
  const target = select && marks.find((m) => m.id === select.mark);
  view.dispatch({
    changes,
    effects: setMarks.of(marks.sort((a, b) => a.from - b.from)),
    annotations: isolateHistory.of('full'),
    ...(target ? { selection: EditorSelection.range(target.from, target.to), scrollIntoView: true } : {}),
    userEvent: 'redact',
  });
}

/**
 * Accepts (the suggestion, or chosen words for this person everywhere) or rejects some marks.
 * `words` gives each mention its words: one string for all, or a function of the mark, so a
 * name can take each mention's case (Кирилла, Кириллу).
 */
export function decide(view: EditorView, ids: string[], status: 'accepted' | 'rejected', words?: string | ((mark: Mark) => string)) {
  const marks = view.state.field(marksField);
  const chosen = new Set(ids);
  // One pseudonym per person: a name chosen for one mention is used for every mention.
  if (words !== undefined) {
    for (const m of marks) if (chosen.has(m.id) && m.personId) for (const other of marks) if (other.personId === m.personId) chosen.add(other.id);
  }
  const wordsFor = (mark: Mark) => (words === undefined ? mark.replacement : typeof words === 'string' ? words : words(mark));
  rewrite(
    view,
    marks.filter((m) => chosen.has(m.id) && m.status !== 'manual').map((mark) => ({ mark, status, words: status === 'rejected' ? mark.original : wordsFor(mark) })),
  );
}

/** Replaces the selected words by hand; the original words are kept in the decision. */
export function redactSelection(view: EditorView, words: string): boolean {
  const { from, to } = view.state.selection.main;
  if (from === to) return false;
  const mark: Mark = {
    id: `m${Date.now().toString(36)}-${from}`, from, to, status: 'manual', original: view.state.doc.sliceString(from, to),
    category: 'manual', replacement: words, source: 'manual',
  };
  // A hand redaction over earlier marks takes their place.
  const others = view.state.field(marksField).filter((m) => m.to <= from || m.from >= to || m.from === m.to);
  const changes = ChangeSet.of([{ from, to, insert: words }], view.state.doc.length);
  view.dispatch({
    changes,
    effects: setMarks.of([...others.map((m) => mapMark(m, changes)), { ...mark, from: changes.mapPos(from, -1), to: changes.mapPos(to, 1) }].sort((a, b) => a.from - b.from)),
    annotations: isolateHistory.of('full'),
    userEvent: 'redact',
  });
  return true;
}

const hitMark = (hit: LiveHit, status: Status): Mark => ({
  id: `l${Date.now().toString(36)}-${hit.from}`, from: hit.from, to: hit.to, status, original: hit.text, category: hit.category,
  replacement: hit.replacement, source: hit.source, ...(hit.identifier ? { identifier: hit.identifier } : {}),
});

/** A live finding redacted with the engine's suggestion, or kept as it is (a decision too). */
export function settleHit(view: EditorView, hit: LiveHit, redact: boolean) {
  const mark = hitMark(hit, redact ? 'accepted' : 'rejected');
  if (redact) rewrite(view, [{ mark, status: 'accepted', words: hit.replacement }], [mark]);
  else
    view.dispatch({
      effects: [setMarks.of([...view.state.field(marksField), mark].sort((a, b) => a.from - b.from)), setLive.of(view.state.field(liveField).filter((h) => h !== hit))],
      annotations: isolateHistory.of('full'),
    });
}

/** What the cursor stands on: a decision or a live finding. */
export function targetAt(state: EditorState, pos: number): { mark: Mark } | { hit: LiveHit } | null {
  const hit = state.field(liveField).find((h) => h.from <= pos && pos <= h.to);
  if (hit) return { hit };
  const mark = state.field(marksField).find((m) => m.from <= pos && pos <= m.to && m.from < m.to);
  return mark ? { mark } : null;
}

/** Moves to the next (or previous) decision or live finding and selects it. */
export function step(view: EditorView, direction: 1 | -1): boolean {
  const stops = [...view.state.field(marksField).filter((m) => m.from < m.to), ...view.state.field(liveField)].map((s) => ({ from: s.from, to: s.to })).sort((a, b) => a.from - b.from);
  if (!stops.length) return false;
  const here = view.state.selection.main.from;
  const next = direction === 1 ? (stops.find((s) => s.from > here) ?? stops[0]!) : ([...stops].reverse().find((s) => s.from < here) ?? stops.at(-1)!);
  view.dispatch({ selection: EditorSelection.range(next.from, next.to), scrollIntoView: true });
  return true;
}

/** Selects a decision's words so the person can type over them. */
export function editAt(view: EditorView, mark: Mark) {
  view.dispatch({ selection: EditorSelection.range(mark.from, mark.to), scrollIntoView: true });
  view.focus();
}
