import { describe, expect, it } from 'vitest';
import './dictionaries';
import type { CaseFile } from '../../shared/caseFile/schema';
import { redactStory } from '../../shared/redaction';

// Failure classes of issue #10 seen in real published Russian stories (tests/fixtures/real),
// written here with invented names.
const nobody: CaseFile = { format: 'case-file/1', subject: { fullName: 'Никого Нет' } };
const redact = (text: string, caseFile: CaseFile = nobody) => redactStory({ ...caseFile, story: { text, language: 'ru' } }).text;

describe('a group case known by how many stood trial', () => {
  it('goes, unquoted, in any case; the case stays a case', () => {
    expect(redact('Фигурант дела пятёрки вышел на свободу.')).toBe('Фигурант уголовного дела вышел на свободу.');
    expect(redact('По делу троих задержали ещё одного человека.')).toBe('По уголовному делу задержали ещё одного человека.');
  });
});

describe('ordinary words opening a sentence', () => {
  it('are not names, even when a rare name shares their plural', () => {
    const text = 'Цветы, кольца, улыбки и слезы – почти обычные свадебные фото.';
    expect(redact(text)).toBe(text);
  });
});

describe('ages told in Russian', () => {
  it('takes «было по N лет» and the children\'s ages in a list', () => {
    expect(redact('На момент задержания им было по 18 лет, они вместе учились.')).toBe('На момент задержания им было меньше двадцати, они вместе учились.');
    expect(redact('У неё двое детей — 9 и 14 лет.')).not.toMatch(/\d/u);
  });
});
