import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../../shared/caseFile/schema';
import { redactStory } from '../../shared/redaction';

const fixture = (name: string) => CaseFile.parse(JSON.parse(readFileSync(join(__dirname, '../fixtures', name), 'utf8')));
const metrologist = fixture('own-04-babruisk-metrologist.case.json');

const caseOf = (extra: Partial<CaseFile> = {}): CaseFile => ({
  format: 'case-file/1',
  subject: { fullName: 'Dmitry Sokolovsky', gender: 'male', city: 'Babruisk' },
  relatives: [{ relation: 'wife', fullName: 'Tatiana Sokolovskaya' }, { relation: 'father', fullName: 'Viktor Sokolovsky' }],
  ...extra,
});
const redact = (text: string, c: CaseFile = caseOf()) => redactStory(c, text).text;

describe('English pseudonyms are whole names', () => {
  it('gives a full name a given name and a surname, a friend named once too', () => {
    const out = redact('Mikhail Olegovich Tsvirko is a metrologist. His friend Andrei Halko writes to him.', metrologist);
    expect(out).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:vich) \p{Lu}\p{Ll}+ is a metrologist\. His friend \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ writes to him\.$/u);
    expect(out).not.toMatch(/Mikhail|Olegovich|Tsvirko|Andrei|Halko/u);
  });

  it('gives a family one surname pseudonym, never a given name, in its feminine, plural and possessive forms', () => {
    const out = redact('Dmitry Sokolovsky was detained. Tatiana Sokolovskaya waits. The Sokolovskys are grateful. Viktor Sokolovsky wrote. Sokolovsky’s lawyer says nothing.');
    const surname = out.match(/^\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+) was detained/u)?.[1];
    expect(surname).toBeDefined();
    expect(out).toMatch(new RegExp(`\\p{Lu}\\p{Ll}+ ${surname}a? waits`, 'u'));
    expect(out).toContain(`The ${surname}s are grateful`);
    expect(out).toMatch(new RegExp(`\\p{Lu}\\p{Ll}+ ${surname} wrote`, 'u'));
    expect(out).toContain(`${surname}’s lawyer`);
    const given = [...out.matchAll(/(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+ (?:was|waits|wrote)/gu)].map((m) => m[1]);
    expect(new Set(given).size).toBe(3);
    expect(given).not.toContain(surname);
    expect(out).not.toMatch(/Sokolov|Dmitry|Tatiana|Viktor/u);
  });

  it('takes a sports club or team for a small group, and an age told after "who is"', () => {
    const out = redact('Dzianis, a fan of the MTZ-RIPO football club, plays for the Minsk Zubrs American football team. His son, who is eight, waits.');
    expect(out).not.toMatch(/MTZ|RIPO|Zubrs|eight/u);
    expect(out).toContain('a fan of the football club, plays for the American football team.');
  });

  it('keeps the sentence whole around a workplace and a detention place of no known kind', () => {
    const out = redact('Mikhail is a chief metrologist at Belshina who kept an Instagram. He was moved to SIZO-2 in the old Babruisk fortress, as the investigation went on.', metrologist);
    expect(out).toContain('metrologist at a local enterprise who kept');
    expect(out).toContain('in the old fortress, as the investigation went on.');
    expect(out).not.toMatch(/Belshina|Babruisk/u);
  });
});
