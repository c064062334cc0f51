// Hand-written (docs/hand-written.md): no Belarusian organisation gazetteer.
import { PRIORITY } from '../priorities';
import type { DetectionOf, InstitutionKind } from '../types';
import { allMatches } from '../matches';
import { matchesIn, NUMBER_SIGN, windowsAround } from './windows';

const NUMBERED: [RegExp, InstitutionKind][] = [
  [/(?<![\p{L}\p{N}])(?:secondary |high |music |art |sports |boarding )?(?:school|gymnasium|lyceum|college|школ\p{L}*|гимнази\p{L}*|лице\p{L}*|гімназі\p{L}*|ліцэ\p{L}*|gimnazi\p{L}*|hi[mn]nazi\p{L}*|licej\p{L}*|škoł\p{L}*)\s*(?:N[or]\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'school'],
  [/(?<![\p{L}\p{N}])(?:kindergarten|nursery|детск[а-яё]+ сад[а-яё]*|садик[а-яё]*)\s*(?:N[or]\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'kindergarten'],
  [/(?<![\p{L}\p{N}])(?:state |city |district )?(?:pharmacy|аптек[а-яё]*)\s*(?:N[or]\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'pharmacy'],
  [/(?<![\p{L}\p{N}])(?:city |district |regional |central |children's )*(?:hospital|polyclinic|clinic|больниц[а-яё]*|поликлиник[а-яё]*)\s*(?:N[or]\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'hospital'],
];

/** The head words of named institutions; the name is the run of capitalised words before it. */
const TITLED: [RegExp, InstitutionKind][] = [
  [/(?:District|City|Regional|Oblast|Supreme|Military|Economic)\s+Court(?![\p{L}])/gu, 'court'],
  [/(?:State\s+)?(?:University|Institute|Academy|College|Lyceum|Gymnasium)(?![\p{L}])/gu, 'university'],
  [/(?:Hospital|Polyclinic|Clinic)(?![\p{L}])/gu, 'hospital'],
  [/(?:Plant|Works|Factory|Station|Combine|Mill|Enterprise|Company|Bank|Farm|Depot|Mine)(?:\s*\([A-ZА-Я]{2,6}\))?(?![\p{L}])/gu, 'enterprise'],
  [/(?:district|city|regional)\s+(?:emergency|police|education|executive|internal affairs)\s+(?:department|committee|office|service)(?![\p{L}])/gu, 'office'],
];

// A sentence's first word ("The", "In") is not part of an institution's name.
const LEADING_COMMON = /^(?:The|A|An|In|On|At|To|From|Of|For|By|With|And|But|Then|When|After|Before|His|Her|Their|Our|This|That)\s+/;

const NAME_WORD_BEFORE = /(\p{Lu}[\p{L}'’-]+)\s+$/u;

/**
 * The words of a university named after the country and its field alone ("Belarusian State
 * University", "Belarusian State Pedagogical University"): tens of thousands study at each, so the
 * name narrows no one down; a town's university (Polatsk State University) is another matter.
 */
const NATIONAL_UNIVERSITY_WORD = /^(?:Belarusian|Belarus|National|State|Republican|Pedagogical|Technical|Medical|Economic|Linguistic|Agrarian|Technological|Polytechnic|University|Institute|Academy)$/u;

/** Walks back over up to four capitalised words before a head word: "Polatsk Central City Hospital". */
function nameStart(text: string, headStart: number): number {
  let start = headStart;
  for (let k = 0; k < 4; k++) {
    const m = text.slice(Math.max(0, start - 40), start).match(NAME_WORD_BEFORE);
    if (!m) break;
    start -= m[0].length;
  }
  return start;
}

/** Schools, courts, hospitals, enterprises, named or numbered. */
export function findInstitutions(text: string): DetectionOf<'org'>[] {
  const out: DetectionOf<'org'>[] = [];
  const numbered = windowsAround(text, NUMBER_SIGN, 60);
  for (const [re, institution] of NUMBERED) {
    for (const m of matchesIn(re, text, numbered)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', institution, priority: PRIORITY.institution });
    }
  }
  for (const [re, institution] of TITLED) {
    for (const m of allMatches(re, text)) {
      let start = nameStart(text, m.index!);
      if (start === m.index! && !/^\p{Lu}/u.test(m[0])) continue;
      if (start === m.index! && institution !== 'court') continue;
      let phrase = text.slice(start, m.index! + m[0].length);
      let lead: RegExpMatchArray | null;
      while ((lead = phrase.match(LEADING_COMMON))) {
        start += lead[0].length;
        phrase = phrase.slice(lead[0].length);
      }
      if (!/\p{L}/u.test(phrase)) continue;
      if (institution === 'university' && phrase.split(/\s+/).every((w) => NATIONAL_UNIVERSITY_WORD.test(w))) continue;
      out.push({ start, end: start + phrase.length, category: 'org', source: 'detector', kind: 'quasi', institution, priority: PRIORITY.institution });
    }
  }
  return out;
}
