// Belarusian pseudonyms, declined the way Belarusian declines them (Ганна → Ганне, Вольга →
// Вользе, Андрэй → Андрэю), written in the paragraph's script. The names are chosen so their
// paradigms are regular and stem-stressed; the tests check every form against hunspell-be.
import { foldWord } from '../fold';
import { russianReadings } from '../morphology/russian';
import { stripEnding } from '../variants';
import type { BelarusianCase } from './grammar';

export type Gender = 'male' | 'female';

/**
 * One key for every case of a name the lexicon does not know (Арсень, Арсеня, Арсенем → арсен):
 * the fold without its case ending, so one person gets one pseudonym.
 */
export function unknownNameKey(word: string): string {
  const fold = foldWord(word);
  return stripEnding(fold) ?? fold;
}

/** The gender Az.js gives the Russian spelling of a name hunspell-be lacks (Ільдара → Ильдара, a man's name). */
export function russianNameGender(word: string): Gender | undefined {
  const russian = word.replace(/і/g, 'и').replace(/І/g, 'И').replace(/ў/g, 'в').replace(/э/g, 'е').replace(/Э/g, 'Е').replace(/['’ʼ]/g, 'ь');
  // Belarusian writes ы after р where Russian writes и (Зарына, Зарина).
  const spellings = [...new Set([russian, russian.replace(/ры/g, 'ри')])];
  const names = spellings.flatMap((s) => russianReadings(s)).filter((r) => r.known && r.grammemes.has('Name'));
  if (names.length && names.every((r) => r.grammemes.has('masc'))) return 'male';
  if (names.length && names.every((r) => r.grammemes.has('femn'))) return 'female';
  return undefined;
}

/**
 * The Belarusian form of each of the engine's pseudonyms (phrases.ts), so one person keeps one
 * name across the languages of a story. Where the Belarusian name declines irregularly or
 * hunspell-be lacks it (Павел → Паўла, Ілля, Алена, Цімур), a regular name stands in.
 */
export const BELARUSIAN_PSEUDONYMS: Readonly<Record<string, string>> = {
  Андрей: 'Андрэй', Павел: 'Антон', Дмитрий: 'Дзмітрый', Максим: 'Максім', Олег: 'Алег', Виктор: 'Віктар', Роман: 'Раман',
  Кирилл: 'Арцём', Денис: 'Дзяніс', Юрий: 'Юрый', Борис: 'Барыс', Степан: 'Сцяпан', Игорь: 'Ігар', Илья: 'Вадзім',
  Тимур: 'Тарас', Глеб: 'Глеб', Матвей: 'Мацвей', Фёдор: 'Фёдар',
  Анна: 'Ганна', Мария: 'Марыя', Ирина: 'Ірына', Елена: 'Аксана', Татьяна: 'Таццяна', Светлана: 'Святлана', Марина: 'Марына',
  Екатерина: 'Кацярына', Дарья: 'Наталля', Алёна: 'Алёна', Кира: 'Кіра', Инна: 'Іна', Зоя: 'Тамара', Нина: 'Ніна',
  Лидия: 'Галіна', Вера: 'Вера', Лариса: 'Ларыса', Диана: 'Людміла',
};

/** Stand-ins when the Belarusian form of a pseudonym is a name the case itself uses. */
export const SPARE_PSEUDONYMS: Readonly<Record<Gender, readonly string[]>> = {
  male: ['Яўген', 'Аляксей', 'Мікалай'],
  female: ['Алеся', 'Аліна', 'Яўгенія'],
};

/**
 * The Belarusian pseudonym for the engine's (Russian) one; a name not in the table stays as it
 * is. `taken` says whether a name is one the case uses: then a spare of the same gender stands in.
 */
export function belarusianPseudonym(russian: string, taken: (name: string) => boolean = () => false): string {
  const name = BELARUSIAN_PSEUDONYMS[russian] ?? russian;
  if (!taken(name)) return name;
  const gender: Gender = /[ая]$/.test(name) ? 'female' : 'male';
  return SPARE_PSEUDONYMS[gender].find((spare) => !taken(spare)) ?? name;
}

const SOFT_DATIVE: readonly [RegExp, string][] = [
  [/га$/, 'зе'], [/ка$/, 'цы'], [/ха$/, 'се'], [/дза$/, 'дзе'], [/да$/, 'дзе'], [/та$/, 'це'],
  [/([рчшжц])а$/, '$1ы'], [/а$/, 'е'],
];

/** One case of a given name or an -а/-я surname: the consonant alternations of the dative and locative included. */
export function declineName(name: string, grammaticalCase: BelarusianCase): string {
  if (grammaticalCase === 'nom') return name;
  if (/ія$/.test(name)) {
    const stem = name.slice(0, -1);
    return { gen: `${stem}і`, dat: `${stem}і`, acc: `${stem}ю`, ins: `${stem}яй`, loc: `${stem}і` }[grammaticalCase];
  }
  if (/я$/.test(name)) {
    const stem = name.slice(0, -1);
    return { gen: `${stem}і`, dat: `${stem}і`, acc: `${stem}ю`, ins: `${stem}яй`, loc: `${stem}і` }[grammaticalCase];
  }
  if (/а$/.test(name)) {
    const stem = name.slice(0, -1);
    const velar = /[гкх]$/.test(stem);
    const dative = SOFT_DATIVE.find(([re]) => re.test(name))!;
    const datLoc = name.replace(dative[0], dative[1]);
    return { gen: `${stem}${velar ? 'і' : 'ы'}`, dat: datLoc, acc: `${stem}у`, ins: `${stem}ай`, loc: datLoc }[grammaticalCase];
  }
  if (/[йь]$/.test(name)) {
    const stem = name.slice(0, -1);
    return { gen: `${stem}я`, dat: `${stem}ю`, acc: `${stem}я`, ins: `${stem}ем`, loc: `${stem}ю` }[grammaticalCase];
  }
  return { gen: `${name}а`, dat: `${name}у`, acc: `${name}а`, ins: `${name}ам`, loc: `${name}у` }[grammaticalCase];
}

/**
 * The case of a person's name as the text has it, from its ending: the pseudonym takes the same.
 * `nominative` is the name as the record gives it, when known, for names whose endings mislead
 * (a man's name in -а, Мікіта, declines like a woman's).
 */
export function nameCase(word: string, gender: Gender | 'unknown', nominative?: string): BelarusianCase {
  const lower = word.toLowerCase();
  const nom = nominative?.toLowerCase();
  if (nom && nom === lower) return 'nom';
  const aStem = nom ? /[ая]$/.test(nom) : gender === 'female';
  if (aStem) {
    // A man's name in -а/-я (Толя, Мікіта) takes -ам/-ем in the instrumental: з Толем, з Мікітам.
    if (/(?:ай|яй|ой|аю|яю)$/.test(lower) || (gender === 'male' && /(?:ам|ем)$/.test(lower))) return 'ins';
    if (/[ую]$/.test(lower)) return 'acc';
    // A man's -а noun takes -у in the dative (бацьку, праваабаронцу), so his -цы, -ры… are genitives.
    if (/(?:зе|се|дзе|це|е)$/.test(lower) || (gender !== 'male' && /цы$/.test(lower))) return 'dat';
    if (/[ыі]$/.test(lower)) return nom && gender !== 'male' && /(?:ры|шы|чы|жы|цы)$/.test(lower) ? 'dat' : 'gen';
    return 'nom';
  }
  if (/(?:ам|ем|ём|ом)$/.test(lower)) return 'ins';
  if (/[ая]$/.test(lower)) return 'gen';
  if (/[ую]$/.test(lower)) return 'dat';
  return 'nom';
}
