import { declineFirstName } from '../declension';
import { foldWord } from '../fold';
import type { DetectionOf } from '../types';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from './context';

/** A person's pseudonym, in the script of the span and, in Russian, in the case of the word it replaces. */
export function replaceName(d: DetectionOf<'name'>, ctx: ReplacementContext): Replacement {
  const person = ctx.people.find((p) => p.id === d.personId);
  const gender = person?.gender ?? d.gender ?? 'unknown';
  const key = d.personId ?? `unlisted:${d.key ?? spanOf(ctx)}`;
  const pseudonym = ctx.pick(key, gender);
  // «Надю вывели» → «Ирину вывели»: the pseudonym takes the case of the word it replaces.
  const firstWord = spanOf(ctx).split(/\s+/)[0]!;
  const grammaticalCase = ctx.cyrillic && person ? person.caseOf.get(foldWord(firstWord))?.[0] : undefined;
  if (grammaticalCase && (gender === 'male' || gender === 'female')) return inPlace(ctx, declineFirstName(pseudonym.cyrillic, grammaticalCase, gender));
  return inPlace(ctx, ctx.cyrillic ? pseudonym.cyrillic : pseudonym.latin);
}
