import { agePhrase, russianAgePhrase } from '../phrases';
import type { DetectionOf } from '../types';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from './context';

/** An exact age becomes a decade: "41-year-old" → "forty-something", "aged 67" → "in their sixties". */
export function replaceAge(d: DetectionOf<'age'>, ctx: ReplacementContext): Replacement {
  if (ctx.russian) return inPlace(ctx, d.form === 'ru-years' ? russianAgePhrase(d.age) : '');
  const asNoun = /^\s*(?:was|is|has|had|who|and|,|\.|;|:|\))/.test(ctx.after) || /^\s*$/.test(ctx.after);
  let replacement = agePhrase(d.age, d.form, asNoun);
  // "two children aged 5 and 9" → "two children aged under eighteen".
  if (d.form === 'children' && /^aged\s/i.test(spanOf(ctx)) && d.age < 18) replacement = 'aged under eighteen';
  // "11th grade" → "a senior grade", but "in the 11th grade" → "in the senior grade".
  if (d.form === 'grade' && !/\b(?:the|a|an|his|her|my|their|our|your|its)\s+$/i.test(ctx.before) && !/grade\s+$/i.test(ctx.before)) replacement = `a ${replacement}`;
  if (d.form === 'grade' && /grade\s+$/i.test(ctx.before)) return { start: ctx.start - (ctx.before.match(/grade\s+$/i)![0].length), end: ctx.end, replacement: `a ${replacement}` };
  if (/^[A-Z]/.test(spanOf(ctx)) && /^[a-z]/.test(replacement)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
  if (/(?:^|\s)(?:a|A)\s+$/.test(ctx.before) && /^[aeiou]/.test(replacement)) {
    return { start: ctx.start - 2, end: ctx.end, replacement: `${ctx.before.endsWith('A ') ? 'An' : 'an'} ${replacement}` };
  }
  return inPlace(ctx, replacement);
}
