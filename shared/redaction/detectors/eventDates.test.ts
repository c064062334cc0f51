import { describe, expect, it } from 'vitest';
import { findDates } from './dates';
import { datesAnEvent } from './eventDates';

const verdict = (text: string) => findDates(text).map((d) => [text.slice(d.start, d.end), datesAnEvent(text, d)]);

describe('story dates that date a case event', () => {
  it.each([
    ['He was detained back in May 2021, yet nobody knew.', 'May 2021'],
    ['In April 2021, the District Court convicted him of writing graffiti.', 'April 2021'],
    ['On the night of 11 August 2020, Pavel witnessed the detentions of protesters.', '11 August 2020'],
    ['In January 2023, officers of the border police broke into my apartment.', 'January 2023'],
    ['In January 2014, his wife gave birth to a son.', 'January 2014'],
    ['On 9 June the prison guards accepted her parcel.', '9 June'],
    ['On 29 September, some of the members agreed to meet. Kiryl arrived late and saw law enforcement officers.', '29 September'],
  ])('%s', (text, span) => {
    expect(verdict(text)).toContainEqual([span, true]);
  });

  it.each([
    ['The letter is dated January 12.', 'January 12'],
    ['He established the newspaper in April 1995 and has headed it ever since.', 'April 1995'],
    ['There are 1400+ political prisoners in Belarus, as of February 2023.', 'February 2023'],
    ['The lawyer was denied access to the KGB detention center. In August 2020, he joined the council.', 'August 2020'],
    ['The group met on 29 September to plan a concert. The police later searched the hall.', '29 September'],
    ['On 29 September, the members met.\nThe police later searched the hall.', '29 September'],
  ])('not: %s', (text, span) => {
    expect(verdict(text)).toContainEqual([span, false]);
  });

  it('leaves dates in Russian and Belarusian paragraphs to their own rules', () => {
    expect(verdict('Письмо датировано 12 января 2023 года.')).toContainEqual(['12 января 2023 года', true]);
  });

  it('reads a sentence no further than its reach: a text without sentence ends is not read whole for every date', () => {
    const text = `He was detained ${'x '.repeat(1000)}on 12 May 2021`;
    expect(verdict(text)).toContainEqual(['12 May 2021', false]);
  });
});
