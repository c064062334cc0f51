import type { EditorState } from '@codemirror/state';
import { marksField } from './marks';

/** What the story's decisions say about one person, for the texts that name them too (title, purposes). */
export interface PersonChoice {
  personId: string;
  /** Every mention keeps the real name. */
  rejected: boolean;
  /** A mention whose name was changed by hand: its place in the original and its words. */
  edited?: { start: number; end: number; words: string };
}

const FINDING_ID = /^f(\d+)-(\d+)$/;

/**
 * The people of the story's decisions, each with the first mention whose name was changed
 * by hand, if any. A plain value, so the screen can tell when it changed by comparing it.
 */
export function personChoices(state: EditorState): PersonChoice[] {
  const byPerson = new Map<string, PersonChoice>();
  for (const m of state.field(marksField)) {
    if (!m.personId || m.status === 'manual') continue;
    const choice = byPerson.get(m.personId) ?? { personId: m.personId, rejected: true };
    byPerson.set(m.personId, choice);
    if (m.status === 'rejected') continue;
    choice.rejected = false;
    const words = state.doc.sliceString(m.from, m.to);
    const at = FINDING_ID.exec(m.id);
    if (!choice.edited && at && words.toLocaleLowerCase() !== m.replacement.toLocaleLowerCase()) choice.edited = { start: Number(at[1]), end: Number(at[2]), words };
  }
  return [...byPerson.values()].sort((a, b) => (a.personId < b.personId ? -1 : 1));
}

/** The mention of a mark, when it is one of the engine's findings in the original. */
export function mentionOf(mark: { id: string; personId?: string }): { start: number; end: number; personId: string } | null {
  const at = FINDING_ID.exec(mark.id);
  return at && mark.personId ? { start: Number(at[1]), end: Number(at[2]), personId: mark.personId } : null;
}
