import { describe, expect, it } from 'vitest';
import './dictionaries';
import type { CaseFile } from '../../shared/caseFile/schema';
import { russianReadings, scanStory } from '../../shared/redaction';

const properKinds = (word: string) => russianReadings(word).filter((r) => r.known).flatMap((r) => ['Name', 'Surn', 'Geox'].filter((g) => r.grammemes.has(g)));

describe('Russian morphology (Az.js over OpenCorpora)', () => {
  it('lemmatises and tags names, surnames and places', () => {
    expect(russianReadings('брестскую')[0]).toMatchObject({ lemma: 'брестский', pos: 'ADJF' });
    expect(properKinds('Новиковой')).toContain('Surn');
    expect(properKinds('Вроцлаве')).toEqual(['Geox']);
    expect(properKinds('Дмитрия')).toContain('Name');
  });

  it('knows ordinary words, which the engine never takes for names', () => {
    const caseFile: CaseFile = { format: 'case-file/1', subject: { fullName: 'Никто' } };
    const text = 'Сегодня Где-то Когда Потом. Его видели в Вроцлаве с Новиковой.';
    expect(scanStory(caseFile, text).map((f) => f.original)).toEqual(['Вроцлаве', 'Новиковой']);
  });

  it('gives a hyphenated compound a lemma, so a record occupation like «инженер-технолог» is read', () => {
    expect(russianReadings('инженера-технолога')[0]).toMatchObject({ lemma: 'инженер-технолог', pos: 'NOUN' });
    const caseFile: CaseFile = { format: 'case-file/1', subject: { fullName: 'Никто', occupation: 'инженер-технолог' } };
    expect(scanStory(caseFile, 'Инженера-технолога задержали.').map((f) => f.original)).toEqual(['Инженера-технолога']);
  });

  it('inflects', () => {
    expect(russianReadings('Олег')[0]!.inflect(['datv'])).toBe('олегу');
    expect(russianReadings('колония')[0]!.inflect(['loct'])).toBe('колонии');
  });
});
