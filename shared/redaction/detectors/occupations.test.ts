import { describe, expect, it } from 'vitest';
import { findRareOccupations } from './occupations';

const found = (text: string) => findRareOccupations(text).map((d) => [text.slice(d.start, d.end), d.general]);

describe('jobs and courses that point at a few people', () => {
  it('generalises a narrow IT title someone holds', () => {
    expect(found('Yauhen is UI/UX designer from Minsk.')).toEqual([['UI/UX designer', 'IT specialist']]);
  });

  it('drops the course of a student at a named university, and keeps the student', () => {
    expect(found('He is a student of radiophysics and computer technology at the Belarusian State University.'))
      .toEqual([['student of radiophysics and computer technology', 'student']]);
    expect(found('The students of the university in Minsk protested; students of all faculties at BSU marched.')).toEqual([]);
  });
});
