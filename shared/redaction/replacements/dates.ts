import { seasonPhrase } from '../phrases';
import type { DetectionOf } from '../types';
import { inPlace, type Replacement, type ReplacementContext } from './context';

/** An exact date becomes a season and a year; "on" before it becomes "in". */
export function replaceDate(d: DetectionOf<'date'>, ctx: ReplacementContext): Replacement {
  const { month, year } = d.date;
  if (ctx.russian) return inPlace(ctx, seasonPhrase(month, year, true));
  const season = seasonPhrase(month, year, ctx.cyrillic);
  if (ctx.cyrillic) return inPlace(ctx, season);
  const prep = ctx.before.match(/(?:^|\s)(on|On)\s+$/);
  if (prep) return { start: ctx.start - prep[0].trimStart().length, end: ctx.end, replacement: `${prep[1] === 'On' ? 'In' : 'in'} ${season}` };
  if (!/(?:^|\s)(?:in|since|until|till|by|from|to|before|after|of|during|between|and|or|early|late|mid)\s+$/i.test(ctx.before)) {
    const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(ctx.before);
    return inPlace(ctx, `${sentenceStart ? 'In' : 'in'} ${season}`);
  }
  return inPlace(ctx, season);
}
