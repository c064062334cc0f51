// A record's year-only birth date is the whole direct identifier: in a birth frame it becomes its
// decade, in the paragraph's language, and elsewhere the year is any year.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../caseFile/schema';
import '../../../tests/redaction/dictionaries';
import { redactStory } from '..';

const bornIn = (birthDate: string, text: string, language: string): CaseFile =>
  ({ format: 'case-file/1', subject: { fullName: 'Ігар Лапцеў', gender: 'male', birthDate, city: 'Мінск' }, story: { title: '', text, language } }) as unknown as CaseFile;

describe('a year-only birth date in a birth frame', () => {
  it.each([
    ['ru', 'Жителя столицы 1989 года рождения осудили. Он родился в 1989 году.', 'Жителя столицы 1980-х годов рождения осудили. Он родился в 1980-х годах.'],
    ['ru', 'Мужчину 1989 г.р. задержали.', 'Мужчину 1980-х г.р. задержали.'],
    ['be', 'Жыхара сталіцы 1989 года нараджэння асудзілі. Ён нарадзіўся ў 1989 годзе.', 'Жыхара сталіцы 1980-х гадоў нараджэння асудзілі. Ён нарадзіўся ў 1980-х гадах.'],
    ['be-Latn', 'Jon naradziŭsia ŭ 1989 hodzie. Chłopca 1989 hoda naradžennia asudzili.', 'Jon naradziŭsia ŭ 1980-ch hadach. Chłopca 1980-ch hadoŭ naradžennia asudzili.'],
    ['en', 'He was born in 1989. She was born 1989.', 'He was born in the 1980s. She was born in the 1980s.'],
  ])('%s: %s', (language, text, expected) => {
    expect(redactStory(bornIn('1989', text, language)).text).toBe(expected);
  });

  it('leaves other years, and a full birth date\'s year (generalised to season and year by design)', () => {
    expect(redactStory(bornIn('1989', 'После 1989 года многое изменилось. In 1989 the wall fell.', 'ru')).text).toBe('После 1989 года многое изменилось. In 1989 the wall fell.');
    expect(redactStory(bornIn('1989', 'Его брат родился в 1991 году.', 'ru')).text).toBe('Его брат родился в 1991 году.');
    expect(redactStory(bornIn('1989-05-04', 'Он родился в 1989 году.', 'ru')).text).toBe('Он родился в 1989 году.');
  });
});
