import { countPhrase } from '../phrases';
import type { DetectionOf } from '../types';
import { inPlace, type Replacement, type ReplacementContext } from './context';

/** "2,100 followers" → "thousands of followers". */
export function replaceCount(d: DetectionOf<'count'>, ctx: ReplacementContext): Replacement {
  return inPlace(ctx, countPhrase(d.value, d.unit));
}
