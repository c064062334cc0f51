import { countPhrase } from '../phrases';
import type { DetectionOf } from '../types';
import { inPlace, type Replacement, type ReplacementContext } from './context';

/** "2,100 followers" → "thousands of followers". */
export function replaceCount(d: DetectionOf<'count'>, ctx: ReplacementContext): Replacement {
  // «167 тыс. человек» → «тысячи человек»: the span's own word for who is counted, already in the genitive plural.
  if (ctx.russian) {
    const unit = ctx.text.slice(ctx.start, ctx.end).match(/\p{L}+$/u)?.[0] ?? d.unit;
    return inPlace(ctx, `${d.value >= 1000 ? 'тысячи' : d.value >= 100 ? 'сотни' : 'несколько'} ${unit}`);
  }
  return inPlace(ctx, countPhrase(d.value, d.unit));
}
