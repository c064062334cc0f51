import type { DetectionOf } from '../types';
import { inPlace, type Replacement, type ReplacementContext } from './context';

/**
 * A word the recall net only suspects: a probable person takes a pseudonym of their own, a
 * probable place the paragraph's word for "a small town"; a person decides.
 */
export function replaceSuspect(d: DetectionOf<'suspect'>, ctx: ReplacementContext): Replacement {
  if (d.guess === 'name') {
    const pseudonym = ctx.pick(`suspect:${ctx.text.slice(ctx.start, ctx.end).toLowerCase()}`, 'unknown');
    return inPlace(ctx, ctx.cyrillic ? pseudonym.cyrillic : pseudonym.latin);
  }
  return inPlace(ctx, ctx.russian ? 'небольшой город' : 'a small town');
}
