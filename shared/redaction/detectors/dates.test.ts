import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const first = (text: string) => findDates(text).sort((a, b) => b.end - b.start - (a.end - a.start))[0];

describe('dates written in words or with a Roman-numeral month', () => {
  it.each([
    ['He was born on the third of June, 1990.', 'the third of June, 1990', { day: 3, month: 6, year: 1990 }],
    ['on the twenty-first of March 2021', 'the twenty-first of March 2021', { day: 21, month: 3, year: 2021 }],
    ['Его задержали двадцать третьего февраля 2022 года.', 'двадцать третьего февраля 2022 года', { day: 23, month: 2, year: 2022 }],
    ['Суд прызначыў на трэцяга чэрвеня 1990 года.', 'трэцяга чэрвеня 1990 года', { day: 3, month: 6, year: 1990 }],
    ['Нарадзіўся трыццаць першага жніўня 1985 года.', 'трыццаць першага жніўня 1985 года', { day: 31, month: 8, year: 1985 }],
    ['Born 03.VI.1990 in a small town.', '03.VI.1990', { day: 3, month: 6, year: 1990 }],
    ['Родился 14 XII 1979 г.', '14 XII 1979 г.', { day: 14, month: 12, year: 1979 }],
    ['It happened on the last day of winter, when he did not come home.', 'the last day of winter', { day: 28, month: 2 }],
    ['They were detained on the first day of spring 2021.', 'the first day of spring 2021', { day: 1, month: 3, year: 2021 }],
    ['He was freed on the last day of April.', 'the last day of April', { day: 30, month: 4 }],
  ])('%s', (text, span, date) => {
    const found = first(text)!;
    expect(text.slice(found.start, found.end)).toBe(span);
    expect(found.date).toEqual(date);
  });

  it('leaves the verb "may" and ordinals without a month alone', () => {
    expect(findDates('The first may be the hardest, the third of them too.')).toEqual([]);
    expect(findDates('Он был третьим в очереди.')).toEqual([]);
  });
});

describe('dates in a long text, where only the windows around anchors are read', () => {
  const filler = 'Яго сябры пісалі яму лісты кожны тыдзень. '.repeat(200);

  it('finds a numeric date, a month-and-year and an ordinal date far into the text', () => {
    const text = `${filler}Суд быў 17.11.2023. ${filler}У сакавіку 2021 года. ${filler}On the third of June, 1990.`;
    const spans = findDates(text).map((d) => text.slice(d.start, d.end));
    expect(spans).toContain('17.11.2023');
    expect(spans).toContain('сакавіку 2021 года');
    expect(spans).toContain('the third of June, 1990');
  });

  it('takes "мая" and "мае" ("my", "has") without a number for no date', () => {
    expect(findDates(`${filler}Мая маці мае сына.`)).toEqual([]);
  });
});
