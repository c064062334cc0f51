import { history, historyKeymap, defaultKeymap, invertedEffects } from '@codemirror/commands';
import { Prec, RangeSetBuilder, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, hoverTooltip, keymap, showTooltip, type DecorationSet, type Tooltip } from '@codemirror/view';
import { decide, editAt, liveField, settleHit, step, targetAt, type LiveHit } from './commands';
import { decisionOf, marksField, setMarks, type Mark } from './marks';

/** The words the editor shows, in the person's language. */
export interface EditorWords {
  label: string;
  original: (text: string) => string;
  kind: (category: string, source: string) => string;
  leak: (hit: LiveHit) => string;
  accept: string;
  reject: string;
  edit: string;
  redact: string;
  keep: string;
  keys: string;
}

function decorations(state: EditorState): DecorationSet {
  const ranges: { from: number; to: number; cls: string; title?: string }[] = [];
  for (const m of state.field(marksField)) {
    if (m.from < m.to) ranges.push({ from: m.from, to: m.to, cls: `cm-decision cm-${m.status} cat-${m.category}` });
  }
  for (const h of state.field(liveField)) ranges.push({ from: h.from, to: h.to, cls: `cm-live cm-live-${h.source === 'detector' && h.kind === 'quasi' ? 'maybe' : h.kind}` });
  ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  const builder = new RangeSetBuilder<Decoration>();
  for (const r of ranges) builder.add(r.from, r.to, Decoration.mark({ class: r.cls }));
  return builder.finish();
}

function card(view: EditorView, words: EditorWords, target: { mark: Mark } | { hit: LiveHit }): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-finding-card';
  const line = (text: string, cls: string) => {
    const p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    dom.append(p);
  };
  const button = (label: string, run: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    // The editor keeps focus and selection: the button acts on what the cursor is on.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', run);
    return b;
  };
  const actions = document.createElement('div');
  actions.className = 'cm-finding-actions';
  if ('mark' in target) {
    const { mark } = target;
    line(words.kind(mark.category, mark.source), 'cm-finding-kind');
    line(words.original(mark.original), 'cm-finding-original');
    const decision = decisionOf(view.state, mark).decision;
    if (mark.status !== 'manual') {
      if (decision !== 'accepted') actions.append(button(words.accept, () => decide(view, [mark.id], 'accepted')));
      if (decision !== 'rejected') actions.append(button(words.reject, () => decide(view, [mark.id], 'rejected')));
    }
    actions.append(button(words.edit, () => editAt(view, mark)));
  } else {
    const { hit } = target;
    line(words.leak(hit), 'cm-finding-kind');
    actions.append(button(words.redact, () => settleHit(view, hit, true)));
    if (hit.kind !== 'direct') actions.append(button(words.keep, () => settleHit(view, hit, false)));
  }
  dom.append(actions);
  line(words.keys, 'cm-finding-keys');
  return dom;
}

function tooltipAt(state: EditorState, pos: number, words: EditorWords): Tooltip | null {
  const target = targetAt(state, pos);
  if (!target) return null;
  const at = 'mark' in target ? target.mark : target.hit;
  return { pos: at.from, end: at.to, above: false, create: (view) => ({ dom: card(view, words, target) }) };
}

/** At the cursor: accept, reject or edit a decision; redact or keep a live finding. */
function act(action: 'accept' | 'reject' | 'edit') {
  return (view: EditorView) => {
    const target = targetAt(view.state, view.state.selection.main.head);
    if (!target) return false;
    if ('hit' in target) {
      if (action === 'edit') return false;
      if (action === 'reject' && target.hit.kind === 'direct') return false;
      settleHit(view, target.hit, action === 'accept');
    } else if (action === 'edit') editAt(view, target.mark);
    else if (target.mark.status === 'manual') return false;
    else decide(view, [target.mark.id], action === 'accept' ? 'accepted' : 'rejected');
    return true;
  };
}

/**
 * The published text's editor: decisions marked where they stand, live findings underlined,
 * a card with the original and the reason on hover and at the cursor, one key for each
 * action, and one history for typing and decisions alike.
 */
export function redactionEditor(words: EditorWords, onChange: (state: EditorState, changed: boolean) => void): Extension {
  return [
    marksField,
    liveField,
    history(),
    // Undoing a decision puts every mark back where it was before it.
    invertedEffects.of((tr) => (tr.effects.some((e) => e.is(setMarks)) ? [setMarks.of(tr.startState.field(marksField))] : [])),
    EditorView.decorations.compute([marksField, liveField], decorations),
    showTooltip.compute(['selection', marksField, liveField], (state) => (state.selection.main.empty || targetAt(state, state.selection.main.head) ? tooltipAt(state, state.selection.main.head, words) : null)),
    hoverTooltip((view, pos) => tooltipAt(view.state, pos, words), { hoverTime: 250 }),
    Prec.high(
      keymap.of([
        { key: 'Alt-Enter', run: act('accept') },
        { key: 'Alt-Backspace', run: act('reject') },
        { key: 'Alt-e', run: act('edit') },
        { key: 'F8', run: (view) => step(view, 1) },
        { key: 'Shift-F8', run: (view) => step(view, -1) },
      ]),
    ),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.lineWrapping,
    // An explicit tab stop, so checkers (axe) see the scroll box holds something focusable.
    EditorView.contentAttributes.of({ 'aria-label': words.label, 'aria-multiline': 'true', spellcheck: 'true', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      // Typing and decisions are saved; the cursor moving and a fresh live scan are not.
      const changed = update.docChanged || update.transactions.some((tr) => tr.effects.some((e) => e.is(setMarks)));
      if (changed || update.selectionSet || update.transactions.some((tr) => tr.effects.length)) onChange(update.state, changed);
    }),
  ];
}
