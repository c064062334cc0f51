import { describe, expect, it } from 'vitest';
import { classicalSoftSigns } from './classical';
import { BELARUSIAN_PHRASES, belarusianAgeAdjective, belarusianCase, belarusianSeason, type BelarusianCase } from './grammar';
import { cyrillicToLacinka } from './lacinka';
import { isBelarusianForm } from './lexicon';
import { PSEUDONYMS } from '../phrases';
import { BELARUSIAN_PSEUDONYMS, belarusianPseudonym, declineName, nameCase, SPARE_PSEUDONYMS } from './names';

const CASES: BelarusianCase[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];

describe('grammar check: every Belarusian replacement is a form hunspell-be knows', () => {
  it('every pseudonym in every case', () => {
    const unknown = [...Object.values(BELARUSIAN_PSEUDONYMS), ...SPARE_PSEUDONYMS.male, ...SPARE_PSEUDONYMS.female]
      .flatMap((name) => CASES.map((c) => declineName(name, c)))
      .filter((form) => !isBelarusianForm(form));
    expect(unknown).toEqual([]);
  });

  it('every pseudonym of the engine has a Belarusian form', () => {
    const missing = [...PSEUDONYMS.male, ...PSEUDONYMS.female].map((p) => p.cyrillic).filter((name) => !BELARUSIAN_PSEUDONYMS[name]);
    expect(missing).toEqual([]);
  });

  it('every generalisation in every case', () => {
    const unknown = Object.values(BELARUSIAN_PHRASES)
      .flatMap((forms) => Object.values(forms))
      .flatMap((phrase) => phrase.split(' '))
      .filter((word) => word !== 'СІЗА' && !isBelarusianForm(word));
    expect(unknown).toEqual([]);
  });

  it('age adjectives agree with the word they replace', () => {
    expect(belarusianAgeAdjective(21, '21-гадовага')).toBe('дарослага');
    expect(belarusianAgeAdjective(3, 'трохгадовую')).toBe('маленькую');
    expect(belarusianAgeAdjective(30, '30-гадовы')).toBe('дарослы');
    expect(belarusianAgeAdjective(4, 'чатырохгадовай')).toBe('маленькай');
    for (const original of ['гадовы', 'гадовая', 'гадовага', 'гадоваму', 'гадовым', 'гадовай', 'гадовую', 'гадовыя', 'гадовых', 'гадовымі', 'гадовае']) {
      for (const age of [3, 16, 40]) expect(isBelarusianForm(belarusianAgeAdjective(age, original))).toBe(true);
    }
  });
});

describe('declension of pseudonyms', () => {
  it.each([
    ['Вольга', 'dat', 'Вользе'],
    ['Янка', 'dat', 'Янцы'],
    ['Соха', 'loc', 'Сосе'],
    ['Ганна', 'gen', 'Ганны'],
    ['Ганна', 'acc', 'Ганну'],
    ['Андрэй', 'dat', 'Андрэю'],
    ['Алег', 'ins', 'Алегам'],
    ['Марыя', 'ins', 'Марыяй'],
  ] as const)('%s in the %s is %s', (name, c, form) => {
    expect(declineName(name, c)).toBe(form);
  });

  it.each([
    ['Інзе', 'female', 'Інга', 'dat'],
    ['Вольгі', 'female', 'Вольга', 'gen'],
    ['Алену', 'female', 'Алена', 'acc'],
    ['Мікіту', 'male', 'Мікіта', 'acc'],
    ['Сяргея', 'male', 'Сяргей', 'gen'],
    ['Віктарам', 'male', 'Віктар', 'ins'],
    ['Паўлу', 'male', undefined, 'dat'],
  ] as const)('%s is in the %s', (word, gender, nominative, c) => {
    expect(nameCase(word, gender, nominative)).toBe(c);
  });

  it('never gives a pseudonym the case itself uses', () => {
    expect(belarusianPseudonym('Диана')).toBe('Людміла');
    expect(belarusianPseudonym('Диана', (name) => name === 'Людміла')).toBe('Алеся');
  });

  it('writes a pseudonym in Łacinka for a Łacinka paragraph', () => {
    expect(cyrillicToLacinka(declineName('Алена', 'acc'))).toBe('Alenu');
    expect(cyrillicToLacinka(declineName('Вольга', 'dat'))).toBe('Volzie');
  });
});

describe('case of a replaced place or facility', () => {
  it.each([
    ['калоніі', 'у', 'loc'],
    ['калонію', 'у', 'acc', 'калонія'],
    ['Мінску', 'у', 'loc', 'Мінск'],
    ['Мінска', 'з', 'gen'],
    ['Гомелі', 'у', 'loc'],
    ['Шклоў', undefined, 'nom'],
  ] as const)('%s after %s', (word, preposition, c, lemma?: string) => {
    expect(belarusianCase(word, preposition, lemma)).toBe(c);
  });

  it('says a date as its season', () => {
    expect(belarusianSeason(10, 2021, undefined)).toBe('восенню 2021 года');
    expect(belarusianSeason(12, undefined, 'з')).toBe('зімы');
    expect(cyrillicToLacinka(classicalSoftSigns(belarusianSeason(10, 2021, undefined)))).toBe('vosieńniu 2021 hoda');
  });
});
