import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../caseFile/schema';
import { checkLeaks, redactStory } from '.';

const FIRST = ['Siarhei', 'Volha', 'Aliaksei', 'Hanna', 'Dzmitry', 'Tatsiana', 'Mikalai', 'Iryna', 'Uladzimir', 'Natallia'];
const LAST = ['Kavalenka', 'Navumchyk', 'Lahvinovich', 'Zhukouski', 'Sidarovich', 'Marozau', 'Dashkevich', 'Hrynevich'];
const FILLER = ['was detained', 'spent ten days in custody', 'needs help', 'wrote letters home', 'was fined', 'lost a job'];

const person = fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST) });
const phone = fc.tuple(fc.constantFrom('29', '33', '44', '25'), fc.integer({ min: 1_000_000, max: 9_999_999 }));

describe('property: applying the suggestions leaves no direct identifier', () => {
  it('for random records and stories built from them', () => {
    fc.assert(
      fc.property(person, fc.array(person, { maxLength: 3 }), phone, fc.array(fc.constantFrom(...FILLER), { minLength: 3, maxLength: 8 }), (subject, relatives, [code, number], filler) => {
        const phoneText = `+375 ${code} ${String(number).slice(0, 3)}-${String(number).slice(3, 5)}-${String(number).slice(5)}`;
        const caseFile: CaseFile = {
          format: 'case-file/1',
          subject: { fullName: `${subject.first} ${subject.last}`, phones: [phoneText], birthDate: '1990-04-12' },
          relatives: relatives.map((r) => ({ relation: 'relative', fullName: `${r.first} ${r.last}` })),
          story: {
            text: [
              `${subject.first} ${subject.last} ${filler[0]}.`,
              ...relatives.map((r, i) => `${r.first} ${filler[(i + 1) % filler.length]}.`),
              `${subject.last.toUpperCase()} ${filler[1]} on 12.04.1990; call ${phoneText}.`,
              `${subject.first}'s family ${filler[2]}.`,
            ].join(' '),
          },
        };
        const result = redactStory(caseFile);
        expect(checkLeaks(caseFile, result.text).direct).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('no catastrophic backtracking', () => {
  it('scans a 1 MB adversarial text and finishes', () => {
    const caseFile: CaseFile = { format: 'case-file/1', subject: { fullName: 'Siarhei Kavalenka', phones: ['+375 29 111-22-33'] } };
    const pieces = ['a a a a a a a ', '1 2 3 4 5 6 7 8 9 ', '@@@@____....', 'Kova-\n', 'S\u200b', '((((((((', 'Aaaaaaaaaaaaaaaa '];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += pieces[i % pieces.length];
    const started = performance.now();
    checkLeaks(caseFile, text);
    // Not a timing target (that is the benchmark's job): only a guard against runaway regexes.
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
