import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseFile } from '../caseFile/schema';
import { buildNameIndex, buildPersonMatchers } from './variants';

const load = (name: string) => CaseFile.parse(JSON.parse(readFileSync(`tests/fixtures/${name}.case.json`, 'utf8')));
const index = (name: string) => buildNameIndex(buildPersonMatchers(load(name)));

describe('person names in every form', () => {
  const metrologist = index('own-04-babruisk-metrologist');
  it.each(['Mikhail', 'Mihail', 'Michail', 'Misha', 'Mishka', 'Mikhas', 'Михаил', 'Миша', 'Михаила', 'Tsvirko', 'TSVIRKO', 'Tsvirka', 'Tsvyrko', 'Цвирко', 'Цвірка', 'Zinaida', 'Zina', 'Зинаиды', 'Зіна'])('finds %s', (word) => {
    expect(metrologist.match(word), word).not.toBeNull();
  });
  it.each(['Sergeant', 'Andrei', 'Minsk', 'metrologist', 'Article', 'mother', 'над', 'Mikhailovsky', 'Misharin'])('leaves %s alone', (word) => {
    expect(metrologist.match(word), word).toBeNull();
  });

  it('finds declined, Łacinka, taraškievica-free Belarusian and diminutive forms', () => {
    const teacher = index('own-01-lida-teacher');
    for (const w of ['Kaciaryna', 'Катю', 'Екатерину', 'Kacia', 'Mažejka', 'Мажэйка', 'Игоревну', 'Iharauna', 'Дима', 'Dzima', 'Максима']) expect(teacher.match(w), w).not.toBeNull();
    for (const w of ['Katherine', 'Lida', 'Kiryl']) expect(teacher.match(w), w).toBeNull();
    const exile = index('own-03-hrodna-exile');
    for (const w of ['Вольгу', 'Ольге', 'Sijamionava', 'Семёновой', 'Игорю', 'Ігара', 'Таню', 'Ковалёвой']) expect(exile.match(w), w).not.toBeNull();
    expect(exile.match('Hrodna')).toBeNull();
    const driver = index('own-02-homel-russian');
    for (const w of ['Лёшу', 'Лешу', 'Алёша', 'Aliaksiej', 'Alyosha', 'Hrynka', 'Люда', 'Людмилы']) expect(driver.match(w), w).not.toBeNull();
    expect(driver.match('Alexandra')).toBeNull();
  });
});
