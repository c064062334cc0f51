// Hand-written (docs/hand-written.md): the pseudonym policy of DESIGN.md, for romanised names.
// A given name per person, a surname per family and, where the story gives one, a patronymic:
// "Mikhail Olegovich Tsvirko" does not shrink to one word; "the Tsvirkos", "Tsvirko's" keep their form.
import { foldWord } from '../fold';
import { givenNames } from '../givenNames';
import { inPlace, spanOf, type Replacement, type ReplacementContext } from '../replacements/context';
import { replaceName } from '../replacements/names';
import { recordPart } from '../russian/names';
import type { DetectionOf, PartKind } from '../types';
import type { PersonMatcher } from '../variants';

const PATRONYMIC = /(?:vich|vna|vič|auna|euna|ichna)$/i;
const PATRONYMICS = ['Andreyevich', 'Pavlovich', 'Olegovich', 'Viktorovich', 'Romanovich', 'Borisovich', 'Stepanovich', 'Igorevich', 'Glebovich'];

/** A family's key whatever the form: Sokolovskaya, Sokolovsky, Sokolovskys → one family. */
function englishFamilyKey(word: string): string {
  return foldWord(word.replace(/['’]s$/u, ''))
    .replace(/^(.{3,}sk)(?:aia|ai|ii|i)$/u, '$1')
    .replace(/^(.{3,}(?:ov|ev|in|yn))a$/u, '$1');
}

/** The record's surname of a person, so every spelling of it (Tsvirko, Tsvirka) is one family. */
function recordSurnameKey(person: PersonMatcher): string | undefined {
  return [...person.forms].find(([, part]) => part === 'last')?.[0];
}

/** What a word of a name is when the record does not say. */
function guessPart(word: string, index: number, count: number): PartKind {
  if (index > 0 && index < count - 1 && PATRONYMIC.test(word)) return 'middle';
  if (index === 0 && givenNames().byFold.has(foldWord(word))) return 'first';
  return index === 0 && count > 1 ? 'first' : 'last';
}

/** The pseudonym surname in the form of the original: feminine, plural or possessive. */
function surnameForm(pseudonym: string, original: string, gender: string, plural: boolean): string {
  const possessive = original.match(/['’]s?$/u)?.[0] ?? '';
  // A woman's surname takes its feminine form whatever the original's was (Ramanchyk → Volkova).
  const feminine = gender === 'female' && !plural && /(?:ov|ev|in)$/u.test(pseudonym);
  return `${pseudonym}${feminine ? 'a' : ''}${plural ? 's' : ''}${possessive}`;
}

export function replaceEnglishName(d: DetectionOf<'name'>, ctx: ReplacementContext): Replacement {
  // A Cyrillic name inside English text (a caption) keeps the engine's Cyrillic pseudonym.
  if (ctx.cyrillic) return replaceName(d, ctx);
  const span = spanOf(ctx);
  const words = [...span.matchAll(/[\p{L}\p{M}'’-]+/gu)].map((m) => ({ word: m[0], start: m.index! }));
  const person = ctx.people.find((p) => p.id === d.personId);
  const gender = person?.gender ?? d.gender ?? 'unknown';
  const personKey = d.personId ?? `unlisted:${d.key ?? span}`;
  let out = '';
  let cursor = 0;
  words.forEach(({ word, start }, i) => {
    const bare = word.replace(/['’]s?$/u, '');
    // "The Tsvirkos": a record surname with an English plural -s.
    const plural = !recordPart(ctx.people, bare) && /s$/u.test(bare) ? recordPart(ctx.people, bare.slice(0, -1)) : undefined;
    const known = recordPart(ctx.people, bare) ?? plural;
    const part: PartKind = known?.part ?? (words.length === 1 && d.part ? d.part : guessPart(word, i, words.length));
    const who = known?.person ?? person;
    const wordGender = who?.gender ?? gender;
    let replacement: string;
    if (part === 'last') {
      const family = englishFamilyKey((who && recordSurnameKey(who)) ?? word);
      replacement = surnameForm(ctx.pick(`surname:${family}`, 'surname').latin, plural ? word.replace(/s(?=['’]?$)/u, '') : word, wordGender, !!plural);
    } else {
      const given = ctx.pick(known?.person.id ?? personKey, wordGender).latin;
      const possessive = word.match(/['’]s$/u)?.[0] ?? '';
      replacement = part === 'middle' ? patronymicFor(given, wordGender) : `${given}${possessive}`;
    }
    out += span.slice(cursor, start) + replacement;
    cursor = start + word.length;
  });
  return inPlace(ctx, out + span.slice(cursor));
}

/** A patronymic chosen by the given-name pseudonym, feminine for a woman. */
function patronymicFor(given: string, gender: string): string {
  let h = 0;
  for (const c of given) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const male = PATRONYMICS[h % PATRONYMICS.length]!;
  return gender === 'female' ? male.replace(/ich$/, 'na') : male;
}
