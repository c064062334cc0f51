import { describe, expect, it } from 'vitest';
import { classicalSoftSigns, classicalVariants, foldSoftSigns, isClassical } from './classical';

describe('classical soft signs folded to the official spelling', () => {
  it.each([
    ['сьнежня', 'снежня'],
    ['Сьцяпан', 'Сцяпан'],
    ['зьвярнуўся', 'звярнуўся'],
    ['дзьве', 'дзве'],
    ['радасьць', 'радасць'],
    ['жыцьцё', 'жыццё'],
    ['адзеньне', 'адзенне'],
    ['вясельле', 'вяселле'],
    ['Зьміцер', 'Зміцер'],
    ['СЬВЯТЛАНА', 'СВЯТЛАНА'],
    ['Акрэсьціна', 'Акрэсціна'],
  ])('%s → %s', (classical, official) => {
    expect(foldSoftSigns(classical)).toBe(official);
  });

  it.each(['Вольга', 'восень', 'восеньскі', 'пальцам', 'сям’я', 'Ілья', 'калоніі', 'дзень', 'вольныя'])('leaves the official %s alone', (word) => {
    expect(foldSoftSigns(word)).toBe(word);
  });
});

describe('classical spellings of loan words', () => {
  it.each([
    ['калёніі', 'калоніі'],
    ['плян', 'план'],
    ['клюб', 'клуб'],
    ['Бэрлін', 'Берлін'],
    ['Эўропа', 'Еўропа'],
    ['ґанак', 'ганак'],
    ['Расея', 'Расія'],
  ])('%s may be %s', (classical, official) => {
    expect(classicalVariants(classical)).toContain(official);
  });
});

describe('official spelling written the classical way', () => {
  it.each([
    ['снежня', 'сьнежня'],
    ['восенню', 'восеньню'],
    ['Сцяпан', 'Сьцяпан'],
    ['дзве', 'дзьве'],
    ['звярнуўся', 'зьвярнуўся'],
    ['калоніі', 'калоніі'],
    ['вёсцы', 'вёсцы'],
    ['сталіца', 'сталіца'],
  ])('%s → %s', (official, classical) => {
    expect(classicalSoftSigns(official)).toBe(classical);
    expect(foldSoftSigns(classical)).toBe(official);
  });

  it('tells a classical paragraph', () => {
    expect(isClassical('Яго затрымалі 20 сьнежня.')).toBe(true);
    expect(isClassical('Яго затрымалі 20 снежня.')).toBe(false);
  });
});
