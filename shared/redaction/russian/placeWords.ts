// Words made from a town's name: adjectives (могилевской колонии, брестском СИЗО) and demonyms
// (минчанке, брестчанам, жлобинцы). Az.js gives the lemma of any case form; the lemma's stem is looked up
// in the gazetteer (GeoNames), so no table of adjectives is kept here.
import { lookupPlace, placeClass, type Place } from '../detectors/places';
import { russianReadings } from '../morphology/russian';
import { PRIORITY } from '../priorities';
import type { Token } from '../tokens';
import type { DetectionOf } from '../types';

const ADJECTIVE_FORM = /(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|им|ом|ую|ые|ых|ими|ей|ым)$/u;
const DEMONYM_FORM = /(?:(?:чан|ян|ан)(?:ин|ина|ину|ином|ине|ка|ки|ке|ку|кой|кам|ками|ках|е|ам|ами|ах)|(?:ец|ца|цу|цем|це|цы|цев|цам|цами|цах)|(?:ен|ин)(?:ка|ки|ке|ку|кой|кою|ок|кам|ками|ках))$/u;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Town names an adjective's lemma can come from: брестский → Брест, гродненский → Гродно, оршанский → Орша. */
function adjectiveStems(lemma: string): string[] {
  const m = lemma.match(/^(.+?)(ск|цк)ий$/u) ?? lemma.match(/^(.+?)(ск|цк)ой$/u);
  if (!m) return [];
  const stem = m[1]!;
  const out = [`${stem}${m[2]}`, stem, `${stem}а`, `${stem}о`, `${stem}и`, `${stem}ь`];
  const softened = stem.match(/^(.+?)(?:ен|ан)$/u);
  if (softened) out.push(`${softened[1]}о`, `${softened[1]}а`, softened[1]!);
  if (m[2] === 'цк') out.push(`${stem}ца`);
  return out;
}

/**
 * Town names a demonym's lemma can come from: минчанин → Минск, брестчанка → Брест, лидчане → Лида;
 * and the -ец ones, with the -ен-/-ан- some insert: жлобинец → Жлобин, солигорец → Солигорск,
 * пружанец → Пружаны, молодечненец → Молодечно, and their feminines in -енка/-инка.
 */
function demonymStems(lemma: string): string[] {
  // The -ец demonyms' women: гродненка → Гродно, жлобинка → Жлобин.
  const feminine = lemma.match(/^(.+?)(ен|ин)ка$/u);
  if (feminine) {
    const stem = feminine[1]!;
    return feminine[2] === 'ин' ? [`${stem}ин`, `${stem}ино`] : [`${stem}о`, `${stem}а`, `${stem}ы`, `${stem}и`, `${stem}ен`];
  }
  const e = lemma.match(/^(.+?)ец$/u);
  if (e) {
    const stem = e[1]!;
    const out = [stem, `${stem}ск`, `${stem}а`, `${stem}о`, `${stem}ы`, `${stem}и`, `${stem}ь`];
    const inserted = stem.match(/^(.+?)(?:ен|ан)$/u);
    if (inserted) out.push(`${inserted[1]}о`, `${inserted[1]}а`, `${inserted[1]}ы`, `${inserted[1]}и`);
    return out;
  }
  const m = lemma.match(/^(.+?)(?:анин|янин|анка|янка|ане|яне)$/u);
  if (!m) return [];
  const stem = m[1]!;
  if (!stem.endsWith('ч')) return [stem, `${stem}а`, `${stem}о`];
  const bare = stem.slice(0, -1);
  // -цк towns take -чанин (Полоцк, полочанин; Слуцк, случанин).
  return [bare, `${bare}ск`, `${bare}цк`, `${bare}а`, `${bare}о`, `${bare}ь`, `${bare}и`];
}

/** The Belarusian town a word is made from, if it is one of a town's adjectives or demonyms. */
export function placeOfWord(word: string): Place | null {
  const lower = word.toLowerCase();
  const adjective = ADJECTIVE_FORM.test(lower);
  if (!adjective && !DEMONYM_FORM.test(lower)) return null;
  for (const r of russianReadings(lower)) {
    const stems = adjective && r.pos === 'ADJF' ? adjectiveStems(r.lemma) : !adjective && r.pos === 'NOUN' ? demonymStems(r.lemma) : [];
    for (const stem of stems) {
      if (stem.length < 3) continue;
      const place = lookupPlace([capital(stem)]);
      // Only towns of Belarus: «московский», «польский» say nothing about where a family lives.
      if (place && place.country === 'BY' && place.population >= 10_000) return place;
    }
  }
  return null;
}

export function findPlaceWords(tokens: Token[]): DetectionOf<'place'>[] {
  const out: DetectionOf<'place'>[] = [];
  for (const t of tokens) {
    // Russian words only: Belarusian ones (with і, ў) are the Belarusian pass's, which knows «Віцебская вясна».
    if (!/^[а-яёА-ЯЁ]+$/u.test(t.word) || t.word.length < 5) continue;
    const place = placeOfWord(t.word);
    if (place) out.push({ start: t.start, end: t.end, category: 'place', source: 'detector', kind: 'quasi', place: placeClass(place), priority: PRIORITY.place });
  }
  return out;
}
