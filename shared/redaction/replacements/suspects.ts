import type { DetectionOf } from '../types';
import type { Replacement, ReplacementContext } from './context';
import { replaceName } from './names';
import { replacePlace } from './places';

/**
 * A word the recall net only suspects is replaced as what it probably is: a person takes a
 * pseudonym of their own, a place the paragraph's words for a small town. A person decides.
 */
export function replaceSuspect(d: DetectionOf<'suspect'>, ctx: ReplacementContext): Replacement {
  const base = { start: d.start, end: d.end, source: d.source, kind: d.kind, priority: d.priority };
  if (d.guess === 'place') return replacePlace({ ...base, category: 'place', place: 'town' }, ctx);
  return replaceName({ ...base, category: 'name', key: `suspect:${ctx.text.slice(ctx.start, ctx.end)}` }, ctx);
}
