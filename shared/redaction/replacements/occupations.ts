import type { DetectionOf } from '../types';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from './context';

/** A rare job title becomes its general word ("chief power engineer" → "engineer"), fixing a/an. */
export function replaceOccupation(d: DetectionOf<'occupation'>, ctx: ReplacementContext): Replacement {
  const words = spanOf(ctx).split(/\s+/);
  const general = d.general ?? (words.length > 1 ? words[words.length - 1]! : 'specialist');
  const article = ctx.before.match(/(?:^|\s)(a|an|A|An)\s+$/);
  if (!article) return inPlace(ctx, general);
  const an = /^[aeiou]/i.test(general);
  return { start: ctx.start - article[1]!.length - 1, end: ctx.end, replacement: `${article[1]!.startsWith('A') ? 'A' : 'a'}${an ? 'n' : ''} ${general}` };
}
