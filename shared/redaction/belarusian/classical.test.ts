import { describe, expect, it } from 'vitest';
import { classicalVariants, foldSoftSigns } from './classical';

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
