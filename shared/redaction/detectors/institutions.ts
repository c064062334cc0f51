import type { Detection } from '../types';

type InstitutionKind = 'school' | 'kindergarten' | 'pharmacy' | 'hospital' | 'university' | 'court' | 'enterprise' | 'office';

const NUMBERED: [RegExp, InstitutionKind][] = [
  [/(?<![\p{L}\p{N}])(?:secondary |high |music |art |sports |boarding )?(?:school|gymnasium|lyceum|college|школ[а-яё]*|гимнази[а-яё]*|лице[а-яё]*|гімназі[а-яё]*)\s*(?:No\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'school'],
  [/(?<![\p{L}\p{N}])(?:kindergarten|nursery|детск[а-яё]+ сад[а-яё]*|садик[а-яё]*)\s*(?:No\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'kindergarten'],
  [/(?<![\p{L}\p{N}])(?:state |city |district )?(?:pharmacy|аптек[а-яё]*)\s*(?:No\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'pharmacy'],
  [/(?<![\p{L}\p{N}])(?:city |district |regional |central |children's )*(?:hospital|polyclinic|clinic|больниц[а-яё]*|поликлиник[а-яё]*)\s*(?:No\.?|№|#|number)\s*\d{1,4}(?![\p{L}\p{N}])/giu, 'hospital'],
];

const NAMED = '(?:\\p{Lu}[\\p{L}\'’-]+\\s+){1,4}';
const TITLED: [RegExp, InstitutionKind][] = [
  [new RegExp(`${NAMED}(?:District|City|Regional|Oblast|Supreme|Military|Economic)\\s+Court`, 'gu'), 'court'],
  [new RegExp(`${NAMED}(?:State\\s+)?(?:University|Institute|Academy|College|Lyceum|Gymnasium)`, 'gu'), 'university'],
  [new RegExp(`${NAMED}(?:Hospital|Polyclinic|Clinic)`, 'gu'), 'hospital'],
  [new RegExp(`${NAMED}(?:Plant|Works|Factory|Station|Combine|Mill|Enterprise|Company|Bank|Farm|Depot|Mine)(?:\\s*\\([A-ZА-Я]{2,6}\\))?`, 'gu'), 'enterprise'],
  [new RegExp(`${NAMED}(?:district|city|regional)\\s+(?:emergency|police|education|executive|internal affairs)\\s+(?:department|committee|office|service)`, 'gu'), 'office'],
];

// Titled phrases start at a capital; a sentence's first word ("The", "In") is not part of it.
const LEADING_COMMON = /^(?:The|A|An|In|On|At|To|From|Of|For|By|With|And|But|Then|When|After|Before|His|Her|Their|Our|This|That)\s+/;

/** Schools, courts, hospitals, enterprises, named or numbered. */
export function findInstitutions(text: string): Detection[] {
  const out: Detection[] = [];
  for (const [re, institution] of [...NUMBERED, ...TITLED]) {
    for (const m of text.matchAll(re)) {
      let start = m.index!;
      let phrase = m[0];
      let lead: RegExpMatchArray | null;
      while ((lead = phrase.match(LEADING_COMMON))) {
        start += lead[0].length;
        phrase = phrase.slice(lead[0].length);
      }
      if (!/\p{L}/u.test(phrase)) continue;
      out.push({ start, end: start + phrase.length, category: 'org', source: 'detector', kind: 'quasi', data: { institution }, priority: 72 });
    }
  }
  return out;
}
