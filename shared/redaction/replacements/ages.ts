import { agePhrase, russianAgePhrase } from '../phrases';
import type { DetectionOf } from '../types';
import { birthDecadePhrase } from '../detectors/birthYears';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from './context';

/** An exact age becomes a decade: "41-year-old" → "forty-something", "aged 67" → "in their sixties". */
export function replaceAge(d: DetectionOf<'age'>, ctx: ReplacementContext): Replacement {
  if (d.form === 'birth-year') return replaceBirthYear(d, ctx);
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

/** A record person's birth year becomes its decade ("born in the 1980s", «1980-х годов рождения»). */
export function replaceBirthYear(d: DetectionOf<'age'>, ctx: ReplacementContext): Replacement {
  const script = ctx.language === 'be-Latn' ? 'lacinka' : !ctx.cyrillic ? 'en' : ctx.language === 'be' ? 'be' : 'ru';
  const phrase = birthDecadePhrase(spanOf(ctx), d.age, script);
  // "born 1989" → "born in the 1980s"
  if (script === 'en' && !/\bin\s+$/iu.test(ctx.before)) return inPlace(ctx, `in ${phrase}`);
  return inPlace(ctx, phrase);
}
