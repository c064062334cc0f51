import { describe, expect, it } from 'vitest';
import './dictionaries';
import type { CaseFile } from '../../shared/caseFile/schema';
import { redactStory } from '../../shared/redaction';

// Ages of the record's people told in frames no pattern list foresaw (issue #10's held-out
// probe: «которой уже 84 года», «Малодшай чатыры гады», «21-летие»), with invented names.
const family: CaseFile = {
  format: 'case-file/1',
  subject: { fullName: 'Соколов Артём', gender: 'male', birthDate: '1995-03-02' },
  relatives: [
    { fullName: 'Соколова Мария', relation: 'mother', birthDate: '1940-01-01' },
    { fullName: 'Соколова Ольга', relation: 'daughter', birthDate: '2021-05-05' },
  ],
  legal: { events: [{ date: '2024-01-01', kind: 'detention' }] },
};
const redact = (text: string, language: 'ru' | 'be' | 'be-Latn') => redactStory({ ...family, story: { text, language } }).text;

describe('a record person\'s age in any frame', () => {
  it('goes in Russian, Belarusian and Łacinka', () => {
    expect(redact('Матери, которой уже 84 года, тяжело.', 'ru')).not.toMatch(/84/u);
    expect(redact('Маці, якой ужо 84 гады, чакае.', 'be')).not.toMatch(/84/u);
    expect(redact('Maci, jakoj užo 84 hady, čakaje.', 'be-Latn')).not.toMatch(/84/u);
    expect(redact('Малодшай чатыры гады.', 'be')).not.toMatch(/чатыры/u);
  });

  it('leaves a term, a wait, a limit and a time ago, and numbers no one in the record has been', () => {
    for (const text of ['Ему дали 30 лет колонии.', 'Не видела детей четыре года.', 'Там можно остаться до 30 лет.', 'Это было 30 лет назад.', 'Ему 50 лет.']) {
      expect(redact(text, 'ru')).toBe(text.replace('Ему 50 лет', 'Ему за пятьдесят'));
    }
  });

  it('makes a birthday counted in years a birthday', () => {
    expect(redact('Он отметил 30-летие в СИЗО.', 'ru')).toBe('Он отметил день рождения в СИЗО.');
    expect(redact('Ён сустрэў 30-годдзе ў СІЗА.', 'be')).toBe('Ён сустрэў дзень нараджэння ў СІЗА.');
  });
});

describe('a bare age closing a quotation', () => {
  it('goes after a Belarusian dative and an adverb', () => {
    expect(redact('Сяброўка кажа пра яе: «Ёй усяго 30». Яна чакае вызвалення.', 'be')).not.toMatch(/30/u);
  });
});
