// Hand-written: the engine's own pipeline (normalise, tokenise, match the record, run the
// detectors); no PII package finds Belarusian names or ties findings to a case record.
import type { CaseFile } from '../caseFile/schema';
import { findAges } from './detectors/ages';
import { findDocumentNumbers, findEmails, findHandlesAndUrls, findPhones } from './detectors/contacts';
import { findCounts } from './detectors/counts';
import { findDates, sameDay, type DateValue } from './detectors/dates';
import { findFacilities } from './detectors/facilities';
import { findInstitutions } from './detectors/institutions';
import { findRareOccupations } from './detectors/occupations';
import { findUnlistedPeople } from './detectors/persons';
import { lookupPlace, placeClass } from './detectors/places';
import { foldWord } from './fold';
import { normalizeText, type NormalizedText } from './normalize';
import { protectedIdentifiers, type ProtectedIdentifiers } from './protected';
import type { Detection } from './types';

interface Token {
  start: number;
  end: number;
  word: string;
  fold: string;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}]+|\d+(?:-\d+)?/gu)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, word: m[0], fold: /^\d/.test(m[0]) ? m[0] : foldWord(m[0]),
  }));
}

/** Street names are adjectives in Russian and Belarusian: Савецкая, Советской, Sovetskaya share a stem. */
const ADJECTIVE_ENDING = /(?:aia|aa|oi|ogo|omu|oiu|uiu|ie|ii|oe|ai|ei|ui|a|o|i|u|e)$/;
function sameStem(a: string, b: string): boolean {
  const sa = a.replace(ADJECTIVE_ENDING, '');
  const sb = b.replace(ADJECTIVE_ENDING, '');
  return sa.length >= 5 && (sa === sb || within1(sa, sb));
}

const swapped = (d: DateValue): DateValue | null =>
  d.day !== undefined && d.day <= 12 ? { ...d, day: d.month, month: d.day } : null;

const within1 = (a: string, b: string) => {
  if (a === b) return true;
  if (a.length < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
};

const KNOWN_CYRILLIC = /^(?:Беларус|Белорус|Росс|Польш|Польск|Літв|Литв|Украін|Украин|Европ|Еўроп|Герман|Латв|Бог|Господ|Телеграм|Инстаграм|Интернет)/u;

/** Capitalised words that name nothing anyone could be found by. */
const KNOWN_PROPER_NOUNS = new Set([
  'belarus', 'poland', 'lithuania', 'latvia', 'ukraine', 'russia', 'germany', 'georgia', 'europe', 'estonia', 'czechia', 'america', 'english', 'russian', 'belarusian', 'polish',
  'instagram', 'telegram', 'viber', 'facebook', 'youtube', 'tiktok', 'whatsapp', 'signal', 'twitter', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'prison', 'article', 'court', 'colony', 'custody', 'minsk', 'sizo',
  'okrestin', 'akrestsina', 'court', 'autumn', 'spring', 'summer', 'winter', 'christmas', 'easter', 'euros', 'rubles', 'roubles', 'dollars', 'eur', 'usd', 'kgb', 'omon',
]);


/** Every protected identifier of the case found in the text, in normalised offsets. */
function recordDetections(ids: ProtectedIdentifiers, n: NormalizedText, tokens: Token[], dates: ReturnType<typeof findDates>): Detection[] {
  const out: Detection[] = [];
  const push = (d: Omit<Detection, 'source'>) => out.push({ ...d, source: 'record' });
  const byFold = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = byFold.get(t.fold);
    if (list) list.push(i);
    else byFold.set(t.fold, [i]);
  });
  const capitalised = tokens.filter((t) => /^\p{Lu}/u.test(t.word));

  for (const t of tokens) {
    if (/^\d/.test(t.word)) continue;
    const hit = ids.names.match(t.word);
    if (hit) push({ start: t.start, end: t.end, category: 'name', kind: 'direct', identifier: hit.person.display, personId: hit.person.id, data: { tier: hit.tier, part: hit.part }, priority: 80 });
  }

  for (const m of n.text.matchAll(/\+?\(?\d[\d\s().\-/]{5,20}\d/gu)) {
    const digits = m[0].replace(/\D/g, '');
    for (const phone of ids.phones) {
      const tail = Math.min(9, phone.digits.length);
      if (digits.length >= 7 && digits.slice(-tail) === phone.digits.slice(-tail) && digits.length >= tail) {
        push({ start: m.index!, end: m.index! + m[0].length, category: 'contact', kind: 'direct', identifier: phone.value, personId: phone.personId, data: { type: 'phone' }, priority: 95 });
      }
    }
  }

  if (ids.compacts.length) {
    // Letters and digits only, lower-cased, each remembering where it stood.
    const text = n.text.toLowerCase();
    const at = new Int32Array(text.length);
    const chars: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = text[i]!;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && /[\p{L}\p{N}]/u.test(c))) {
        at[chars.length] = i;
        chars.push(c);
      }
    }
    const flat = chars.join('');
    for (const id of ids.compacts) {
      for (let from = flat.indexOf(id.compact); from >= 0; from = flat.indexOf(id.compact, from + 1)) {
        let start = at[from]!;
        let end = at[from + id.compact.length - 1]! + 1;
        // Take the whole address or handle the match sits in, not only its distinctive middle.
        if (id.type === 'handle' && /\s/.test(n.text.slice(start, end))) continue;
        while (start > 0 && /[\p{L}\p{N}@._/:-]/u.test(n.text[start - 1]!)) start--;
        while (end < n.text.length && /[\p{L}\p{N}_-]|[.@](?=[\p{L}\p{N}])/u.test(n.text[end]!)) end++;
        push({ start, end, category: id.category, kind: 'direct', identifier: id.value, personId: id.personId, data: { type: id.type }, priority: 96 });
      }
    }
  }

  for (const d of dates) {
    const forms = [d.date, swapped(d.date)].filter((x): x is DateValue => x !== null);
    const birth = ids.birthDates.find((b) => forms.some((f) => sameDay(f, b.date)));
    if (birth) {
      push({ ...d, kind: 'direct', identifier: birth.value, personId: birth.personId, priority: 97 });
      continue;
    }
    const event = ids.eventDates.find((e) => forms.some((f) => sameDay(f, e.date) || (f.day === undefined && f.month === e.date.month && f.year === e.date.year)));
    if (event) push({ ...d, kind: 'quasi', identifier: event.value });
  }

  for (const phrase of ids.phrases) {
    const words = phrase.words;
    if (phrase.category === 'address') {
      const numbers = phrase.words.filter((w) => /^\d/.test(w));
      const streets = words.filter((w) => !/^\d/.test(w) && w.length >= 4);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (/^\d/.test(t.word) && t.word.includes('-') && numbers.includes(t.word)) {
          push({ start: t.start, end: t.end, category: 'address', kind: 'direct', identifier: phrase.value, data: { type: 'address' }, priority: 85 });
          continue;
        }
        if (!streets.some((s) => s.charCodeAt(0) === t.fold.charCodeAt(0) && (within1(s, t.fold) || sameStem(s, t.fold)))) continue;
        const near = tokens.slice(i + 1, i + 6).find((x) => numbers.includes(x.word) && x.start - t.end < 40);
        const before = tokens.slice(Math.max(0, i - 4), i).reverse().find((x) => numbers.includes(x.word) && t.start - x.end < 30);
        if (near || before) {
          let end = (near ?? t).end;
          const tail = n.text.slice(end).match(/^,?\s*(?:apt\.?|flat|kv\.?|кв\.?)\s*\d+/i);
          if (tail) end += tail[0].length;
          push({ start: (before ?? t).start, end, category: 'address', kind: 'direct', identifier: phrase.value, data: { type: 'address' }, priority: 85 });
        } else {
          push({ start: t.start, end: t.end, category: 'address', kind: 'quasi', identifier: phrase.value, data: { type: 'street' }, priority: 84 });
        }
      }
      continue;
    }
    // The whole phrase, then each of its distinctive words on its own.
    const seq = phrase.words;
    for (const i of seq.length ? (byFold.get(seq[0]!) ?? []) : []) {
      if (i + seq.length <= tokens.length && seq.every((w, k) => tokens[i + k]!.fold === w)) {
        push({ start: tokens[i]!.start, end: tokens[i + seq.length - 1]!.end, category: phrase.category, kind: phrase.kind, identifier: phrase.value, priority: 74 });
      }
    }
    if (phrase.category === 'occupation') continue;
    if (!phrase.distinctive.length) continue;
    for (const t of capitalised) {
      if (phrase.distinctive.some((w) => within1(w, t.fold))) {
        push({ start: t.start, end: t.end, category: phrase.category, kind: phrase.kind, identifier: phrase.value, priority: 73 });
      }
    }
  }

  if (ids.places.length) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!/^\p{Lu}/u.test(t.word)) continue;
      const next = tokens[i + 1];
      const two = next ? `${t.fold} ${next.fold}` : '';
      const known = lookupPlace([t.word]);
      for (const place of ids.places) {
        if (two && place.folds.has(two)) {
          push({ start: t.start, end: next!.end, category: 'place', kind: 'quasi', identifier: place.value, priority: 52 });
        } else if (place.folds.has(t.fold) || (place.place && known === place.place)) {
          push({ start: t.start, end: t.end, category: 'place', kind: 'quasi', identifier: place.value, data: place.place ? { class: placeClass(place.place) } : {}, priority: 52 });
        }
      }
    }
  }

  for (const age of findAges(n.text)) {
    const value = Number(age.data?.age);
    const plausible = ids.birthYears.some((y) => value >= 0 && Math.abs(y + value - new Date().getUTCFullYear()) <= 12);
    if (plausible) push({ ...age, kind: 'quasi', identifier: 'age' });
  }
  return out;
}

/** What the generic detectors find, whether or not the record lists it. */
function genericDetections(n: NormalizedText, tokens: Token[], dates: ReturnType<typeof findDates>): Detection[] {
  const out: Detection[] = [
    ...findPhones(n.text), ...findEmails(n.text), ...findHandlesAndUrls(n.text), ...findDocumentNumbers(n.text),
    ...dates, ...findAges(n.text), ...findCounts(n.text), ...findFacilities(n.text), ...findInstitutions(n.text), ...findRareOccupations(n.text),
  ];
  for (const p of findUnlistedPeople(n.text)) {
    out.push({ start: p.start, end: p.end, category: 'name', source: 'detector', kind: 'direct', data: { key: p.key, gender: p.gender }, priority: 55 });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^\p{Lu}/u.test(t.word) || t.word.length < 3) continue;
    const two = tokens[i + 1] && n.text.slice(t.end, tokens[i + 1]!.start) === ' ' ? lookupPlace([t.word, tokens[i + 1]!.word]) : null;
    const place = two ?? lookupPlace([t.word]);
    if (place) {
      const end = two ? tokens[i + 1]!.end : t.end;
      out.push({ start: t.start, end, category: 'place', source: 'detector', kind: 'quasi', data: { class: placeClass(place) }, priority: 50 });
    }
  }
  // A capitalised word after "in", "near" or "from" that no list knows is most often a village.
  for (const m of n.text.matchAll(/(?<=[a-z,]\s+(?:in|near|from|outside)\s+)(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])(?!\s+\p{Lu})/gu)) {
    const word = m[1]!;
    if (KNOWN_PROPER_NOUNS.has(word.toLowerCase()) || lookupPlace([word])) continue;
    out.push({ start: m.index!, end: m.index! + word.length, category: 'place', source: 'detector', kind: 'quasi', data: { class: 'village' }, priority: 40 });
  }
  // A workplace named on its own: "lost his job at Lidahleboprodukt", "worked for Belshina".
  for (const m of n.text.matchAll(/(?<=\b(?:job|work|works|worked|working|employed|employee|employees)\s+(?:at|for|by|with)\s+(?:the\s+)?)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) {
    if (KNOWN_PROPER_NOUNS.has(m[0].toLowerCase()) || lookupPlace([m[0]])) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', data: { institution: 'workplace' }, priority: 41 });
  }
  // In Russian and Belarusian only proper nouns are capitalised mid-sentence: after "в", "под",
  // "из" an unknown one is most often a village or a small town.
  for (const m of n.text.matchAll(/(?<=[\p{L}\p{N},]\s+(?:в|во|под|из|около|возле|у|ў|каля|з)\s+)(\p{Lu}\p{Ll}{3,})(?![\p{L}'’-])/gu)) {
    const word = m[1]!;
    if (KNOWN_CYRILLIC.test(word) || lookupPlace([word])) continue;
    out.push({ start: m.index!, end: m.index! + word.length, category: 'place', source: 'detector', kind: 'quasi', data: { class: 'village' }, priority: 40 });
  }
  // Named bands, cafés, shops and the like: the name goes, the kind of place stays.
  for (const m of n.text.matchAll(/(?<=\b(?:band|group|ensemble|choir|theatre|theater|café|cafe|bar|shop|store|studio|gallery|club|magazine|newspaper|initiative|movement|company|brand|project)\s+)(?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/gu)) {
    if (KNOWN_PROPER_NOUNS.has(m[0].toLowerCase())) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'org', source: 'detector', kind: 'quasi', data: { institution: 'named' }, priority: 41 });
  }
  for (const m of n.text.matchAll(/(?<![\p{L}])(?:the\s+)?(?:village|town|settlement|hamlet|agrotown|деревн[а-яё]+|вёск[а-яё]+|посёлк[а-яё]+)(?:\s+of)?\s+(\p{Lu}[\p{L}'’-]+)/gu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'place', source: 'detector', kind: 'quasi', data: { class: 'village' }, priority: 51 });
  }
  const street = /(?<![\p{L}])(?:(?:vul\.|ul\.|vulitsa|ulitsa|улиц[аеуы]|ул\.|вул\.|вуліц[аыу]|праспект[ае]?|проспект[ае]?)\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:Street|St\.|Avenue|Ave\.|Lane|Prospekt|Boulevard|Square))(?:,?\s*\d+(?:[-/]\d+)?)?(?:,?\s*(?:apt\.?|flat|kv\.?|кв\.?)\s*\d+)?/gu;
  for (const m of n.text.matchAll(street)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'address', source: 'detector', kind: 'quasi', data: { type: 'address' }, priority: 83 });
  }
  for (const m of n.text.matchAll(/(?<![\p{L}])(?:apt\.?|apartment|flat|kv\.|кв\.)\s*(?:No\.?\s*)?\d+(?![\p{N}])/giu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'address', source: 'detector', kind: 'quasi', data: { type: 'address' }, priority: 82 });
  }
  for (const m of n.text.matchAll(/(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)?\s+(?:microdistrict|mikrarayon|mikrorayon|микрорайон|мікрараён)(?:,?\s*\d+(?:-\d+)?)?/giu)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'address', source: 'detector', kind: 'quasi', data: { type: 'address' }, priority: 84 });
  }
  return out;
}

export interface Analysis {
  normalized: NormalizedText;
  record: Detection[];
  all: Detection[];
}

export function analyze(caseFile: CaseFile, text: string, withGeneric: boolean): Analysis {
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized.text);
  const dates = findDates(normalized.text);
  const record = recordDetections(protectedIdentifiers(caseFile), normalized, tokens, dates);
  return { normalized, record, all: withGeneric ? [...record, ...genericDetections(normalized, tokens, dates)] : record };
}

/** Keeps the strongest of overlapping detections: higher priority, then the longer span. */
export function resolveOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const chosen: Detection[] = [];
  for (const d of sorted) {
    let free = true;
    for (let i = d.start; i < d.end && free; i++) if (taken.has(i)) free = false;
    if (!free) continue;
    for (let i = d.start; i < d.end; i++) taken.add(i);
    chosen.push(d);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
