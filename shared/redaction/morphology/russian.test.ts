import { describe, expect, it } from 'vitest';
import '../../../tests/helpers/dictionaries';
import { russian } from '../language/russian';
import { russianReadings } from './russian';

describe('Russian morphology (Az.js over OpenCorpora)', () => {
  it('lemmatises and tags names, surnames and places', () => {
    expect(russianReadings('брестскую')[0]).toMatchObject({ lemma: 'брестский', pos: 'ADJF' });
    expect(russian.properKinds('Новиковой')).toContain('surname');
    expect(russian.properKinds('Вроцлаве')).toEqual(['place']);
    expect(russian.properKinds('Дмитрия')).toContain('name');
  });

  it('knows ordinary words, which are never names', () => {
    for (const word of ['Очень', 'Сегодня', 'Где', 'Когда', 'Его', 'Потом']) expect(russian.isOrdinaryWord(word), word).toBe(true);
    for (const word of ['Вроцлаве', 'Новиковой', 'Карповича']) expect(russian.isOrdinaryWord(word), word).toBe(false);
  });

  it('inflects', () => {
    expect(russianReadings('Олег')[0]!.inflect(['datv'])).toBe('олегу');
    expect(russianReadings('колония')[0]!.inflect(['loct'])).toBe('колонии');
  });
});
