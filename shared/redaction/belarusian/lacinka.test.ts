import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cyrillicToLacinka, lacinkaToCyrillic } from './lacinka';

describe('Cyrillic to Łacinka', () => {
  it.each([
    ['Беларусь', 'Biełaruś'],
    ['Гродна', 'Hrodna'],
    ['Сьцяпан', 'Ściapan'],
    ['сьнежня', 'śniežnia'],
    ['Вольга', 'Volha'],
    ['Ілья', 'Ilja'],
    ['Люба', 'Luba'],
    ['лёс', 'los'],
    ['калоніі', 'kałonii'],
    ['кастрычніка', 'kastryčnika'],
    ['лістападзе', 'listapadzie'],
    ['Юрый', 'Juryj'],
    ['яе', 'jaje'],
    ['сям’я', 'siamja'],
    ["сям'і", 'siamji'],
    ['Зьміцер', 'Źmicier'],
    ['жыцьцё', 'žyćcio'],
    ['Дзьмітры', 'Dźmitry'],
    ['хата', 'chata'],
    ['джынсы', 'džynsy'],
    ['Ўсевалад', 'Ŭsievaład'],
    ['поўнач', 'poŭnač'],
    ['Ёжык', 'Jožyk'],
    ['ЯНКА КУПАЛА', 'JANKA KUPAŁA'],
    ['ЛЬВОЎ', 'LVOŬ'],
    ['Эдуард', 'Eduard'],
    ['тэлефон', 'telefon'],
    ['Акрэсьціна', 'Akreścina'],
    ['Акрэсціна', 'Akrescina'],
    ['ПК-9 у Горках, 6-гадовая', 'PK-9 u Horkach, 6-hadovaja'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(cyrillicToLacinka(cyrillic)).toBe(latin);
    expect(lacinkaToCyrillic(latin, cyrillic.includes("'") ? "'" : '’')).toBe(cyrillic);
  });

  it('reads common Łacinka variants', () => {
    expect(lacinkaToCyrillic('Ukrajina')).toBe('Украіна');
    expect(lacinkaToCyrillic('Lialia')).toBe('Ляля');
    expect(lacinkaToCyrillic('Ǔładzimir')).toBe('Ўладзімір');
  });

  it('leaves what is not Belarusian alone', () => {
    expect(cyrillicToLacinka('Minsk, 2021 — №15')).toBe('Minsk, 2021 — №15');
    expect(lacinkaToCyrillic('12.03.2021, № 15!')).toBe('12.03.2021, № 15!');
  });
});

// Belarusian Cyrillic as the orthography allows it: consonants (soft ones with ь before a
// consonant or at the end), vowels, ў only after a vowel, й only before a consonant or at the
// end, an apostrophe only between a hard consonant and я/е/ё/ю/і.
const HARD = ['б', 'в', 'г', 'ґ', 'д', 'ж', 'з', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т', 'ф', 'х', 'ц', 'ч', 'ш', 'дз', 'дж'];
const SOFT = ['зь', 'сь', 'ць', 'нь', 'ль', 'дзь'];
const VOWEL = ['а', 'е', 'ё', 'і', 'о', 'у', 'ы', 'э', 'ю', 'я'];
const IOTATED = ['е', 'ё', 'ю', 'я', 'і'];

const syllable = fc.oneof(
  fc.tuple(fc.constantFrom(...HARD), fc.constantFrom(...VOWEL)).map(([c, v]) => c + v),
  fc.tuple(fc.constantFrom(...SOFT), fc.constantFrom(...HARD)).map(([s, c]) => s + c),
  fc.tuple(fc.constantFrom(...HARD.filter((c) => c !== 'л')), fc.constantFrom(...IOTATED)).map(([c, v]) => `${c}’${v}`),
  fc.tuple(fc.constantFrom(...VOWEL), fc.constantFrom('ў', 'й', '')).map(([v, g]) => v + g),
  fc.tuple(fc.constantFrom(...SOFT), fc.constantFrom('я', 'е', 'ё', 'ю')).map(([s, v]) => s + v),
);

const word = fc.tuple(fc.array(syllable, { minLength: 1, maxLength: 4 }), fc.constantFrom('lower', 'title', 'caps'))
  .map(([parts, shape]) => {
    const w = parts.join('')
      // Orthography: no ь before a vowel but я/е/ё/ю, ў and й never before a vowel, no "цг" (it would read as х).
      .replace(/([ўй])(?=[аеёіоуыэюя])/g, '')
      .replace(/ь(?=[аіоуыэ])/g, '')
      .replace(/цг/g, 'цк')
      .replace(/(?<=[^аеёіоуыэюя’])і(?=[аеёоуыэюя])/g, 'ік')
      .replace(/^([ўй]|’)+/, '')
      .replace(/^ь/, '');
    if (!w) return 'а';
    if (shape === 'caps') return w.toUpperCase();
    if (shape === 'title') return w[0]!.toUpperCase() + w.slice(1);
    return w;
  });

const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', ' — ', '. ', '-')), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join('').trim());

describe('property: Cyrillic ↔ Łacinka is exact', () => {
  it('Cyrillic → Łacinka → Cyrillic gives back the text', () => {
    fc.assert(fc.property(text, (t) => lacinkaToCyrillic(cyrillicToLacinka(t)) === t), { numRuns: 2000 });
  });

  it('Łacinka → Cyrillic → Łacinka gives back canonical Łacinka', () => {
    fc.assert(fc.property(text, (t) => {
      const latin = cyrillicToLacinka(t);
      return cyrillicToLacinka(lacinkaToCyrillic(latin)) === latin;
    }), { numRuns: 2000 });
  });

  it('Łacinka output holds no Cyrillic letter', () => {
    fc.assert(fc.property(text, (t) => !/\p{Script=Cyrillic}/u.test(cyrillicToLacinka(t))), { numRuns: 500 });
  });
});
