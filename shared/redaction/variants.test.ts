import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../caseFile/schema';
import { buildNameIndex, buildPersonMatchers } from './variants';

const load = (name: string) => CaseFile.parse(JSON.parse(readFileSync(`../shared/fixtures/${name}.case.json`, 'utf8')));
const index = (name: string) => buildNameIndex(buildPersonMatchers(load(name)));

describe('person names in every form', () => {
  const seed2 = index('seed-2');
  it.each(['Sergey', 'Sergei', 'Serhii', 'Seryozha', 'Сергей', 'Серёжа', 'Сергея', 'Kovalets', 'KOVALETS', 'Kovalec', 'Ковальца', 'Ковалец', 'Kavalets', 'Siarhei', 'Halina', 'Galina', 'Гали'])('finds %s', (word) => {
    expect(seed2.match(word), word).not.toBeNull();
  });
  it.each(['Sergeant', 'Andrei', 'Minsk', 'power', 'Article', 'mother', 'над', 'Alexandra'])('leaves %s alone', (word) => {
    expect(seed2.match(word), word).toBeNull();
  });

  it('finds declined, Łacinka and diminutive forms', () => {
    const dev01 = index('dev-01-barysau-pharmacist');
    for (const w of ['Надю', 'Надежду', 'Геннадьевну', 'Lazoŭskaja', 'Lazovskaya', 'Senya', 'Nadia', 'Fiodarauna']) expect(dev01.match(w), w).not.toBeNull();
    const dev02 = index('dev-02-zhlobin-returnee-family');
    for (const w of ['Шаповалову', 'Тоше', 'Tosha', 'Ksyusha', 'Шаповалова']) expect(dev02.match(w), w).not.toBeNull();
    expect(dev02.match('Antonina')).toBeNull();
    const dev05 = index('dev-05-polatsk-student-graffiti');
    for (const w of ['Vladik', 'Влада', 'Владислава', 'Prokopovich']) expect(dev05.match(w), w).not.toBeNull();
  });
});
