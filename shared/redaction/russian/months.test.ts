import { describe, expect, it } from 'vitest';
import { findRussianMonths } from './months';

const spans = (text: string) => findRussianMonths(text).map((d) => [text.slice(d.start, d.end), d.date.month]);

describe('Russian months named without a day or a year', () => {
  it('takes the locative after в/во and the genitive after part of a month or a preposition of time', () => {
    expect(spans('В феврале я смогла попасть к нему, а в конце ноября его перевели.')).toEqual([['феврале', 2], ['ноября', 11]]);
    expect(spans('впервые с середины августа увидели сына; до мая ждали суда')).toEqual([['августа', 8], ['мая', 5]]);
  });

  it('leaves names, other cases and other words alone', () => {
    expect(spans('в Марте он души не чаял, в майке на улице, сентябрь выдался тёплым')).toEqual([]);
  });
});
