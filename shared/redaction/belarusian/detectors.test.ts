import { describe, expect, it } from 'vitest';
import { findBelarusianAges, findBelarusianDates, findBelarusianFacilities } from './detectors';
import { paragraphLanguages } from './language';
import { belarusianView, spanInText } from './view';

/** Runs a detector on the official-Cyrillic view of a text and returns what it found in the text. */
function found(text: string, detector: (t: string) => { start: number; end: number }[]): string[] {
  const view = belarusianView(text, paragraphLanguages(text));
  return detector(view.text).map((d) => {
    const span = spanInText(view, d.start, d.end);
    return text.slice(span.start, span.end);
  });
}

describe('Belarusian dates in every script', () => {
  it.each([
    ['Яго затрымалі 20 сьнежня ў Менску.', '20 сьнежня'],
    ['Ёй далі тэрмін 30 kastryčnika 2021 hoda, i jana ŭ kałonii.', '30 kastryčnika 2021 hoda'],
    ['U papraŭčaj ustanovie jon z 29 śniežnia.', '29 śniežnia'],
    ['Суд адбыўся 3 сакавіка 2022 года ў Гомелі.', '3 сакавіка 2022 года'],
    ['Яго затрымалі ў лістападзе 2020 года.', 'лістападзе 2020 года'],
  ])('%s', (text, date) => {
    expect(found(text, findBelarusianDates)).toContain(date);
  });

  it('reads the day and month', () => {
    expect(findBelarusianDates('30 кастрычніка 2021 года')[0]).toMatchObject({ date: { day: 30, month: 10, year: 2021 } });
  });
});

describe('Belarusian ages in every script', () => {
  it.each([
    ['21-hadovaha syna zatrymali ŭ Žłobinie.', '21-hadovaha', 21],
    ['30-hadovy Raman z Šumilina.', '30-hadovy', 30],
    ['Яна засталася з трохгадовай дачкой.', 'трохгадовай', 3],
    ['Dla čatyrochhadovaj dački heta ciažka.', 'čatyrochhadovaj', 4],
    ['Яму было 35 гадоў, калі яго затрымалі.', '35 гадоў', 35],
  ])('%s', (text, age, value) => {
    expect(found(text, findBelarusianAges)).toContain(age);
    const view = belarusianView(text, paragraphLanguages(text));
    expect(findBelarusianAges(view.text).map((a) => a.category === 'age' && a.age)).toContain(value);
  });
});

describe('detention facilities in every script', () => {
  it.each([
    ['Яна ў калоніі № 15 у Горках.', 'калоніі № 15'],
    ['Jana adbyvaje termin u kałonii №4 u Homieli.', 'kałonii №4'],
    ['U papraŭčaj ustanovie adkrytaha typu №49 u Škłovie jon z 29 śniežnia.', 'papraŭčaj ustanovie adkrytaha typu №49'],
    ['Яго перавялі ў ПК-9.', 'ПК-9'],
    ['Jaho trymali na Akreścina.', 'Akreścina'],
    ['Яе трымалі ў ізалятары на Акрэсьціна.', 'Акрэсьціна'],
    ['Яго даставілі ў Цэнтральнае РУУС.', 'Цэнтральнае РУУС'],
  ])('%s', (text, facility) => {
    expect(found(text, findBelarusianFacilities)).toContain(facility);
  });
});

describe('what is not an age, a date or a facility', () => {
  it('a three-year term is no age', () => {
    expect(found('Яму далі трохгадовы тэрмін.', findBelarusianAges)).toEqual([]);
  });

  it('an institution named alone is no place of detention', () => {
    expect(found('Справу вяло ІЧУ, потым ГУБАЗіК.', findBelarusianFacilities)).toEqual([]);
    expect(found('Яго накіравалі ў папраўчую ўстанову адкрытага тыпу.', findBelarusianFacilities)).toEqual([]);
  });

  it('reads ordinal days and the normal form of №', () => {
    expect(found('Восьмага студзеня яго вызвалілі.', findBelarusianDates)).toEqual(['Восьмага студзеня']);
    expect(found('Яго затрымалі 4-ага кастрычніка.', findBelarusianDates)).toEqual(['4-ага кастрычніка']);
    expect(found('Jana ŭ kałonii No4 u Homieli.', findBelarusianFacilities)).toEqual(['kałonii No4']);
    expect(found('Jana ŭ Mahiloŭskaj turmie.', findBelarusianFacilities)).toEqual(['Mahiloŭskaj turmie']);
  });

  it('a number that counts days or years after the facility is a term, not its number', () => {
    expect(found('Da suda źbivali, a ŭ kałonii 50 sutak trymali ŭ ŠIZA.', findBelarusianFacilities)).toEqual([]);
    expect(found('Яму далі ў калоніі 1,5 года.', findBelarusianFacilities)).toEqual([]);
    expect(found('Ён у калоніі 15 у Горках.', findBelarusianFacilities)).toEqual(['калоніі 15']);
  });
});

describe('facilities far into a long text', () => {
  it('are found around their anchor words wherever they stand', () => {
    const filler = 'Сябры пісалі яму лісты кожны тыдзень, ікону яму не аддалі. '.repeat(300);
    const text = `${filler}Яго этапавалі ў Шклоўскую калонію № 17. ${filler}Потым — ПК-9 і Акрэсціна.`;
    expect(found(text, findBelarusianFacilities)).toEqual(['Шклоўскую калонію № 17', 'ПК-9', 'Акрэсціна']);
  });
});
