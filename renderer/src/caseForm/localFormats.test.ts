import { describe, expect, it } from 'vitest';
import { normaliseDate, parseAmount } from './localFormats';

describe('dates as people type them', () => {
  it.each([
    ['14.03.1992', '1992-03-14'],
    ['4.3.1992', '1992-03-04'],
    ['14/03/1992', '1992-03-14'],
    [' 1992-03-14 ', '1992-03-14'],
    ['1992', '1992'],
    ['03.1992', '1992'],
  ])('%s is stored as %s', (typed, stored) => expect(normaliseDate(typed)).toBe(stored));

  it.each(['31.02.1992', '14.03.92', 'yesterday', '1992-3-14'])('%s stays as typed, for the schema to mark', (typed) => {
    expect(normaliseDate(typed)).toBe(typed);
  });
});

describe('amounts as people type them', () => {
  it.each([
    ['1 100', 1100],
    ['1 100,50', 1100.5],
    ['1\u00a0100,5', 1100.5],
    ['1,100.50', 1100.5],
    ['1.100,50', 1100.5],
    ['500', 500],
    ['2,5', 2.5],
  ])('%s is %d', (typed, value) => expect(parseAmount(typed)).toBe(value));

  it.each(['', 'ten', '-5', '1,2,3x'])('%s is not an amount', (typed) => expect(parseAmount(typed)).toBeNaN());
});
