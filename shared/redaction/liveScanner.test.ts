import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../caseFile/schema';
import { createLiveScanner, scanStory } from '.';

const caseFile = CaseFile.parse(JSON.parse(readFileSync('tests/fixtures/own-01-lida-teacher.case.json', 'utf8')));
const story = caseFile.story!.text;

describe('the live scanner', () => {
  it('finds what a full scan finds', () => {
    const live = createLiveScanner(caseFile, story).scan(story);
    const full = scanStory(caseFile, story);
    expect(live.map((f) => [f.start, f.end, f.category])).toEqual(full.map((f) => [f.start, f.end, f.category]));
  });

  it('re-scans after an edit, with offsets of the new text', () => {
    const scanner = createLiveScanner(caseFile, story);
    scanner.scan(story);
    const edited = `Intro.\n\n${story.replace('Katya', 'Katia')}`;
    const findings = scanner.scan(edited);
    for (const f of findings) expect(edited.slice(f.start, f.end)).toBe(f.original);
    expect(findings.some((f) => f.original === 'Katia')).toBe(true);
  });
});
