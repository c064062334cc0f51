// Hand-written: choosing replacements by DESIGN.md's policy and by the words around each
// span is this project's own logic.
import type { CaseFile } from '../caseFile/schema';
import { analyze, resolveOverlaps } from './analyze';
import { declineFirstName } from './declension';
import { foldWord } from './fold';
import { originalSpan } from './normalize';
import { agePhrase, countPhrase, FACILITY_PHRASES, INSTITUTION_PHRASES, PLACE_PHRASES, PSEUDONYMS, seasonPhrase } from './phrases';
import { protectedIdentifiers } from './protected';
import { inCyrillicContext, russianReplacement } from './russianPhrases';
import type { Category } from './types';

export interface Finding {
  /** Offsets into the original text. */
  start: number;
  end: number;
  original: string;
  replacement: string;
  category: Category;
  source: 'record' | 'detector';
  kind: 'direct' | 'quasi';
  identifier?: string;
  personId?: string;
}

type Pseudonym = { latin: string; cyrillic: string };

export type PseudonymPicker = (key: string, gender: string) => Pseudonym;

/** One pseudonym per person, same gender, none that the case itself uses, stable per case. */
export function pseudonymPicker(caseFile: CaseFile, text: string): PseudonymPicker {
  const names = protectedIdentifiers(caseFile).names;
  const taken = new Set<string>();
  const storyWords = new Set((text.match(/\p{Lu}[\p{L}]+/gu) ?? []).map(foldWord));
  const assigned = new Map<string, Pseudonym>();
  let seed = 0;
  for (const c of caseFile.subject.fullName) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
  return (key, gender) => {
    const known = assigned.get(key);
    if (known) return known;
    const pool = gender === 'female' ? PSEUDONYMS.female : gender === 'male' ? PSEUDONYMS.male : [...PSEUDONYMS.male, ...PSEUDONYMS.female];
    for (let k = 0; k < pool.length; k++) {
      const candidate = pool[(seed + k) % pool.length]!;
      const fold = foldWord(candidate.latin);
      if (taken.has(fold) || storyWords.has(fold) || names.match(candidate.latin) || names.match(candidate.cyrillic)) continue;
      taken.add(fold);
      assigned.set(key, candidate);
      return candidate;
    }
    return pool[0]!;
  };
}

function facilityKind(span: string): string | undefined {
  if (/SIZO|СИЗО|pre-?trial/i.test(span)) return 'pretrial';
  if (/colony|\bIK\b|ИК/i.test(span)) return 'colony';
  if (/TDF|IVS|ИВС|ЦИП|CIP|TsIP|temporary/i.test(span)) return 'temporary';
  if (/prison|тюрьм/i.test(span)) return 'prison';
  if (/detention|Okrestin|Akrestsin/i.test(span)) return 'detention';
  return undefined;
}

/** A record's employer, generalised by what kind of place it is; a bare brand name just goes. */
function organisationPhrase(original: string): string {
  const kinds: [RegExp, string][] = [
    [/march|protest|rally|demonstration|picket|square/i, 'a public event'], [/checkpoint|border/i, 'a border checkpoint'], [/road|highway/i, 'a road'],
    [/pharmac/i, 'a pharmacy'], [/school|gymnas|lyceum/i, 'a local school'], [/hospital|clinic/i, 'a hospital'],
    [/court/i, 'a court'], [/universit|institute|academy|college/i, 'a university'],
    [/plant|works|factory|combine|mill|mine/i, 'a large enterprise'], [/company|firm|enterprise/i, 'a company'],
    [/shop|store|caf[eé]|bar|restaurant|salon/i, 'a small business'], [/station|department|office|service|committee/i, 'a state organisation'],
  ];
  const kind = kinds.find(([re]) => re.test(original));
  return kind ? (/\bstate\b/i.test(original) && kind[1] === 'a pharmacy' ? 'a state pharmacy' : kind[1]) : '';
}
const ARTICLE_BEFORE = /(?:^|\s)(the|The|a|A|an|An)\s+$/;

function withoutArticle(phrase: string): string {
  return phrase.replace(/^(a|an|the) /, '');
}

/** Chooses each replacement, looking at the words around the span so the sentence still reads. */
export function suggest(caseFile: CaseFile, text: string, pick: PseudonymPicker = pseudonymPicker(caseFile, text)): Finding[] {
  const analysis = analyze(caseFile, text, true);
  const chosen = resolveOverlaps(analysis.all);
  const people = protectedIdentifiers(caseFile).names.people;
  const findings: Finding[] = [];

  const spans = chosen.map((d) => ({ d, span: originalSpan(analysis.normalized, d.start, d.end) }));
  for (let i = 0; i < spans.length; i++) {
    const { d } = spans[i]!;
    let [start, end] = spans[i]!.span;
    // A person's first name, patronymic and surname side by side become one pseudonym.
    if (d.category === 'name') {
      while (i + 1 < spans.length) {
        const next = spans[i + 1]!;
        // "Oksana Shapovalova": a family surname after a first name belongs to that first name.
        const samePerson =
          next.d.category === 'name' &&
          ((next.d.personId ?? next.d.data?.key) === (d.personId ?? d.data?.key) || next.d.data?.part === 'last' || next.d.data?.part === 'middle');
        if (!samePerson || !/^\s+$/.test(text.slice(end, next.span[0]))) break;
        end = next.span[1];
        i++;
      }
    }
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    const cyrillic = /\p{Script=Cyrillic}/u.test(text.slice(start, end));
    const russianText = inCyrillicContext(text, start, end);
    let replacement = '';

    const russian = russianText && d.category !== 'name' ? russianReplacement(d, text.slice(start, end), before) : null;
    if (russian !== null) {
      replacement = russian;
    } else switch (d.category) {
      case 'name': {
        const person = people.find((p) => p.id === d.personId);
        const gender = person?.gender ?? String(d.data?.gender ?? 'unknown');
        const key = d.personId ?? `unlisted:${d.data?.key ?? text.slice(start, end)}`;
        const pseudonym = pick(key, gender);
        replacement = cyrillic ? pseudonym.cyrillic : pseudonym.latin;
        // «Надю вывели» → «Ирину вывели»: the pseudonym takes the case of the word it replaces.
        const firstWord = text.slice(start, end).split(/\s+/)[0]!;
        const grammaticalCase = cyrillic && person ? person.caseOf.get(foldWord(firstWord)) : undefined;
        if (grammaticalCase && (gender === 'male' || gender === 'female')) replacement = declineFirstName(pseudonym.cyrillic, grammaticalCase, gender);
        break;
      }
      case 'date': {
        const month = Number(d.data?.month);
        const year = d.data?.year === undefined ? undefined : Number(d.data.year);
        replacement = seasonPhrase(month, year, cyrillic);
        const prep = before.match(/(?:^|\s)(on|On)\s+$/);
        if (!cyrillic && prep) {
          start -= prep[0].trimStart().length;
          replacement = `${prep[1] === 'On' ? 'In' : 'in'} ${replacement}`;
        } else if (!cyrillic && !/(?:^|\s)(?:in|since|until|till|by|from|to|before|after|of|during|between|and|or|early|late|mid)\s+$/i.test(before)) {
          const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(before);
          replacement = `${sentenceStart ? 'In' : 'in'} ${replacement}`;
        }
        break;
      }
      case 'age': {
        const asNoun = /^\s*(?:was|is|has|had|who|and|,|\.|;|:|\))/.test(after) || /^\s*$/.test(after);
        replacement = agePhrase(Number(d.data?.age), String(d.data?.form), asNoun);
        if (/^[A-Z]/.test(text.slice(start, end)) && /^[a-z]/.test(replacement)) replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
        if (/(?:^|\s)(?:a|A)\s+$/.test(before) && /^[aeiou]/.test(replacement)) {
          start -= 2;
          replacement = `${before.endsWith('A ') ? 'An' : 'an'} ${replacement}`;
        }
        break;
      }
      case 'count': {
        replacement = countPhrase(Number(d.data?.value), String(d.data?.unit));
        break;
      }
      case 'facility':
      case 'org':
      case 'place': {
        let phrase: string;
        const span = text.slice(start, end);
        if (d.category === 'facility' && /court/i.test(span)) phrase = 'a court';
        else if (d.category === 'facility') phrase = FACILITY_PHRASES[String(d.data?.facility ?? facilityKind(span))] ?? organisationPhrase(span) ?? 'a detention facility';
        else if (d.category === 'place') phrase = PLACE_PHRASES[String(d.data?.class)] ?? 'a small town';
        else if (d.data?.institution === 'named') phrase = '';
        else if (d.data?.institution) phrase = INSTITUTION_PHRASES[String(d.data.institution)] ?? 'an organisation';
        else phrase = organisationPhrase(text.slice(start, end));
        if (/court/i.test(span) && (d.data?.institution === 'court' || !d.data?.institution)) {
          const level = text.slice(start, end).match(/District|City|Regional|Oblast|Supreme/i)?.[0]?.toLowerCase();
          phrase = level ? `the ${level === 'oblast' ? 'regional' : level} court` : 'a court';
        }
        if (d.category === 'place' && /^(?:the\s+)?village/i.test(text.slice(start, end))) phrase = 'a nearby village';
        // A workplace named alone ("an engineer at Hrodna Azot,") needs words in its place; one
        // named before a noun ("the Akno coffee shop") can simply go.
        if (d.category === 'org' && !phrase && !/^\s+\p{Ll}/u.test(after)) phrase = 'a local enterprise';
        if (ARTICLE_BEFORE.test(before)) phrase = withoutArticle(phrase);
        // "in Gdańsk" reads "in a city abroad"; a place used before a noun ("Zhlobin court") just goes.
        if (d.category === 'place' && /^\s*\p{Lu}/u.test(after) && !/^\s*(?:I|In|On|At|The|He|She|They|It|We|A|An)\b/.test(after) && !/^[,.;:]/.test(after)) phrase = '';
        if (cyrillic && d.category !== 'facility') phrase = phrase ? 'небольшой город' : '';
        replacement = phrase;
        break;
      }
      case 'occupation': {
        const words = text.slice(start, end).split(/\s+/);
        replacement = d.data?.general ? String(d.data.general) : words.length > 1 ? words[words.length - 1]! : 'specialist';
        const article = before.match(/(?:^|\s)(a|an|A|An)\s+$/);
        if (article) {
          start -= article[1]!.length + 1;
          const an = /^[aeiou]/i.test(replacement);
          replacement = `${article[1]!.startsWith('A') ? 'A' : 'a'}${an ? 'n' : ''} ${replacement}`;
        }
        break;
      }
      case 'contact':
      case 'id':
      case 'address': {
        const type = String(d.data?.type ?? '');
        const precededByAccountWord = /(?:page|account|profile|channel|blog|Instagram|Telegram|TikTok|YouTube|VK)[\s:,]*$/i.test(before);
        if (d.category === 'contact' && (type === 'handle' || type === 'url') && !precededByAccountWord) replacement = 'a private account';
        else if (d.category === 'contact' && /(?:number|phone|address|e-?mail)\s+(?:is|was)\s+$/i.test(before)) replacement = 'available through the organisation';
        else if (d.category === 'contact' && type === 'phone' && /(?:number|phone|Viber|Telegram|WhatsApp|Signal|mobile)[\s,:(]*$/i.test(before)) replacement = '';
        else if (d.category === 'contact' && (type === 'email' || type === 'phone')) replacement = 'the organisation';
        else if (d.category === 'address' || d.category === 'id') {
          const prep = before.match(/\s(?:at|on|in|to)\s+$/);
          if (prep && d.category === 'address') start -= prep[0].length;
        }
        break;
      }
    }
    // A span that opens a bracket takes its closing one too: "Steel Works (BMZ)".
    if ((text.slice(start, end).match(/\(/g) ?? []).length > (text.slice(start, end).match(/\)/g) ?? []).length && text[end] === ')') end++;
    findings.push({
      start, end, original: text.slice(start, end), replacement, category: d.category, source: d.source, kind: d.kind,
      ...(d.identifier ? { identifier: d.identifier } : {}), ...(d.personId ? { personId: d.personId } : {}),
    });
  }
  return findings;
}

/** Applies findings (sorted, not overlapping) and tidies the seams: no double spaces or orphaned commas. */
export function applyFindings(text: string, findings: Finding[]): string {
  let out = '';
  let cursor = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    out += text.slice(cursor, f.start);
    if (f.replacement === '') {
      out = out.replace(/[ \t]+$/, '');
      const rest = text.slice(f.end);
      if (!/^[\s,.;:!?)»"]/.test(rest) && out && !/[\s(«"]$/.test(out)) out += ' ';
    } else {
      const sentenceStart = /(?:^|[.!?]\s+|\n\s*)$/.test(out);
      out += sentenceStart ? f.replacement.charAt(0).toUpperCase() + f.replacement.slice(1) : f.replacement;
    }
    cursor = f.end;
  }
  out += text.slice(cursor);
  return out
    .replace(/[ \t]+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/\(\s*\)/g, '')
    .replace(/,(\s*[.;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ');
}
