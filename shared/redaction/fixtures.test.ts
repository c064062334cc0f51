import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../caseFile/schema';
import { checkLeaks, redactStory, type Finding } from '.';
import { foldWord } from './fold';
import { stripEnding } from './variants';

// Our own fixtures (tests/fixtures), judged the way the shared scoring tools judge a folder of case files.
const DIR = 'tests/fixtures';
const DIRS = [DIR];
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const present = (hay: string, needle: string) => new RegExp(`(?<![\\p{L}\\p{N}])${esc(norm(needle))}(?![\\p{L}\\p{N}])`, 'u').test(hay);
const load = (file: string) => CaseFile.parse(JSON.parse(readFileSync(file.includes('/') ? file : `${DIR}/${file}`, 'utf8')));

const cases = DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.case.json')).sort().map((f) => `${dir}/${f}`));

describe.each(cases)('%s', (file) => {
  const gold = JSON.parse(readFileSync(file.replace('.case.json', '.gold.json'), 'utf8')) as {
    must_remove: { text: string; in_record: boolean }[];
    must_keep: string[];
  };
  const caseFile = load(file);
  const result = redactStory(caseFile);
  const text = norm(result.text);

  it('removes every identifier the record holds', () => {
    const left = gold.must_remove.filter((m) => m.in_record && present(text, m.text)).map((m) => m.text);
    expect(left).toEqual([]);
  });

  it('keeps what must survive', () => {
    expect(gold.must_keep.filter((k) => !text.includes(norm(k)))).toEqual([]);
  });

  it('leaves no direct identifier for the leak check to find', () => {
    expect(result.leaks.direct.map((d) => d.text)).toEqual([]);
  });

  it('reads naturally: no brackets, double spaces or dangling punctuation', () => {
    expect(result.text).not.toMatch(/\[[A-Z_]+\]|<[A-Z]+>/);
    expect(result.text).not.toMatch(/[^\S\n]{2,}/);
    expect(result.text).not.toMatch(/ [,.;:]|,,|\( ?\)|\bon in\b/i);
  });

  it('gives the subject one pseudonym in every form', () => {
    const subject = result.replacements.filter((r) => r.category === 'name' && r.personId === 'subject');
    expect(subject.length, 'the subject is named in the story').toBeGreaterThan(0);
    // Declension changes the ending only (Ирина, Ирину; Andrei, Андрея): every form starts with one stem.
    // A surname named alone (Гринько → Тарасов) has the family's surname pseudonym, one stem of its own.
    const seen = subject.map((r) => `${r.original} → ${r.replacement}`).join(', ');
    for (const part of [(r: Finding) => r.category === 'name' && r.part !== 'last', (r: Finding) => r.category === 'name' && r.part === 'last']) {
      const folds = subject.filter(part).map((r) => foldWord(r.replacement.split(/\s+/)[0]!));
      if (!folds.length) continue;
      const stem = folds.map((f) => stripEnding(f) ?? f).sort((a, b) => a.length - b.length)[0]!;
      expect(stem.length, seen).toBeGreaterThanOrEqual(3);
      expect(folds.filter((f) => !f.startsWith(stem)), seen).toEqual([]);
    }
  });
});

describe('leaks.json', () => {
  const items = JSON.parse(readFileSync(`${DIR}/leaks.json`, 'utf8')) as { case: string; text: string; expect_leak: boolean; trick: string }[];
  it.each(items.map((item) => [item.trick, item] as const))('%s', (_trick, item) => {
    const report = checkLeaks(load(item.case), item.text);
    expect(report.direct.length > 0).toBe(item.expect_leak);
  });
});

describe('story-only identifiers (generic detectors)', () => {
  it('remove at least 85% of what the record does not list', () => {
    let found = 0;
    let total = 0;
    for (const file of cases) {
      const gold = JSON.parse(readFileSync(file.replace('.case.json', '.gold.json'), 'utf8')) as { must_remove: { text: string; in_record: boolean }[] };
      const text = norm(redactStory(load(file)).text);
      for (const m of gold.must_remove.filter((x) => !x.in_record)) {
        total++;
        if (!present(text, m.text)) found++;
      }
    }
    expect(found / total).toBeGreaterThanOrEqual(0.85);
  });
});
