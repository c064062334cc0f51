import { describe, expect, it } from 'vitest';
import { analyseBelarusian, isBelarusianForm, lexiconStats } from './lexicon';

const lemmas = (word: string) => analyseBelarusian(word).map((a) => `${a.lemma}:${a.kind}`);

describe('the hunspell-be lexicon', () => {
  it('holds the whole dictionary', () => {
    const stats = lexiconStats();
    expect(stats.lemmas).toBeGreaterThan(80_000);
    expect(stats.rules).toBeGreaterThan(800);
  });

  it.each([
    ['Мінску', 'Мінск:l'],
    ['Гродне', 'Гродна:l'],
    ['Шклове', 'Шклоў:l'],
    ['Вільнюсе', 'Вільнюс:l'],
    ['Менску', 'Менск:l'],
    ['Вользе', 'Вольга:g'],
    ['Наталлі', 'Наталля:g'],
    ['Сяргея', 'Сяргей:g'],
    ['Сцяпанам', 'Сцяпан:g'],
    ['Лукашэнку', 'Лукашэнка:s'],
    ['брэсцкую', 'брэсцкі:w'],
    ['гродзенскай', 'гродзенскі:w'],
    ['калоніі', 'калонія:w'],
    ['кастрычніка', 'кастрычнік:w'],
    ['лістападзе', 'лістапад:w'],
    ['вызвалення', 'вызваленне:w'],
    ['Сёння', 'сёння:w'],
    ['нягледзячы', 'нягледзячы:w'],
  ])('%s is a form of %s', (word, reading) => {
    expect(lemmas(word)).toContain(reading);
  });

  it('reads forms with a prefix from the prefix flags', () => {
    expect(lemmas('неабгрунтаванага')).toContain('абгрунтаваны:w');
    expect(lemmas('убавіць')).toContain('ўбавіць:w');
  });

  it('knows no made-up word', () => {
    expect(isBelarusianForm('Кшыштофавіцкаму')).toBe(false);
  });

  it.each([
    ['Вольга:g', ['Вольгі', 'Вользе', 'Вольгу', 'Вольгай']],
    ['Алег:g', ['Алега', 'Алегу', 'Алегам']],
    ['калонія:w', ['калоніі', 'калонію', 'калоніяй']],
  ])('reads every case form of %s through its own rules, the consonant alternations included', (reading, forms) => {
    for (const form of forms) expect(lemmas(form), form).toContain(reading);
  });
});

describe('short words of the у/ў alternation', () => {
  it.each([['усе', 'ўсе:w'], ['Усё', 'ўсё:w'], ['ужо', 'ўжо:w']])('%s is read as %s', (word, lemma) => {
    expect(lemmas(word)).toContain(lemma);
  });
});
