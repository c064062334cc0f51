// Hand-written (docs/hand-written.md): generic PII packages know nothing of the record.
import { PRIORITY } from '../priorities';
import { isWordCharCode, type NormalizedText } from '../normalize';
import type { PhraseIdentifier, ProtectedIdentifiers } from '../protected';
import { isCapitalised, onlySpaces, type Token } from '../tokens';
import type { Detection, DetectionOf, OrdinaryWordJudge } from '../types';
import { allMatches } from '../matches';
import { findAges } from './ages';
import { isSentenceInitial } from '../sentence';
import { russianReadings } from '../morphology/russian';
import { POSSESSIVE } from '../variants';
import { sameDay, type DateValue } from './dates';
import { lookupPlace, lookupRecordPlace, placeClass } from './places';
import { isSafeProperNoun } from './safeWords';

/** A record's employer, event place, occupation or facility found as a phrase or one of its words. */
function phraseDetection(phrase: PhraseIdentifier, start: number, end: number, priority: number): Detection {
  const base = { start, end, source: 'record', kind: phrase.kind, identifier: phrase.value, priority } as const;
  switch (phrase.category) {
    case 'facility':
      return { ...base, category: 'facility' };
    case 'place':
      return { ...base, category: 'place' };
    case 'org':
      return { ...base, category: 'org' };
    case 'occupation':
      return { ...base, category: 'occupation' };
    case 'address':
      return { ...base, category: 'address', address: 'address' };
  }
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

/** Every protected identifier of the case found in the text, in normalised offsets. */
export function findRecordIdentifiers(ids: ProtectedIdentifiers, n: NormalizedText, tokens: Token[], dates: DetectionOf<'date'>[], isOrdinaryHere: OrdinaryWordJudge): Detection[] {
  const out: Detection[] = [];
  const push = (d: Detection) => out.push({ ...d, source: 'record' });
  const byFold = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = byFold.get(t.fold);
    if (list) list.push(i);
    else byFold.set(t.fold, [i]);
  });
  const capitalised = tokens.filter((t) => isCapitalised(t.word));

  tokens.forEach((t, i) => {
    if (/^\d/.test(t.word)) return;
    const hit = ids.names.match(t.word);
    // "Сергей Тихановский": a first name before a public figure's surname is that figure's.
    const next = tokens[i + 1];
    if (hit && hit.part !== 'last' && next && onlySpaces(n.text, t.end, next.start) && isSafeProperNoun(next.word)) return;
    // A near spelling that is an ordinary word where it stands ("начала" for Наталья) is that word,
    // unless it follows the same person's given name ("Аркадия Мельника": a surname that is a noun).
    const previous = tokens[i - 1];
    const afterOwnName = !!hit && hit.part === 'last' && !!previous && onlySpaces(n.text, previous.end, t.start) && ids.names.match(previous.word)?.person === hit.person;
    // «Олин свитер»: a capitalised possessive of a record name, which the dictionary only guesses is an
    // adjective; opening a sentence, a word it knows (Машина) is that word.
    const possessive = !!hit && hit.part !== 'last' && POSSESSIVE.test(t.word) && (!isSentenceInitial(n.text, t.start) || !russianReadings(t.word.toLowerCase()).some((r) => r.known));
    // A declined form written with a capital inside a sentence is the name whatever else it means:
    // a surname that is a noun (Кулеш, Воўк) stands alone in the dative or genitive ("приговор Кулешу").
    const capitalisedInside = !!hit && hit.tier === 'declined' && isCapitalised(t.word) && !isSentenceInitial(n.text, t.start);
    if (hit && hit.tier !== 'exact' && !afterOwnName && !possessive && !capitalisedInside && isOrdinaryHere(n.text, t.start, t.word)) return;
    if (hit) push({ start: t.start, end: t.end, category: 'name', source: 'record', kind: 'direct', identifier: hit.person.display, personId: hit.person.id, tier: hit.tier, part: hit.part, priority: PRIORITY.recordName });
  });

  for (const m of n.text.matchAll(/\+?\(?\d[\d\s().\-/]{5,20}\d/gu)) {
    // A number at a line's end runs on into the digits that open the next line ("…-03-44\n\n2021 was"):
    // each line's part is read too.
    // (One line is its own only piece: the pattern opens and closes on a digit, so trimming leaves it as it is.)
    const pieces = [{ text: m[0], at: 0 }, ...(m[0].includes('\n') ? [...m[0].matchAll(/[^\n]+/g)].map((p) => ({ text: p[0].trim(), at: p.index! + p[0].search(/\S/) })) : [])];
    for (const piece of pieces) {
      const digits = piece.text.replace(/\D/g, '');
      const phone = ids.phones.find((ph) => {
        const tail = Math.min(9, ph.digits.length);
        return digits.length >= 7 && digits.length >= tail && digits.slice(-tail) === ph.digits.slice(-tail);
      });
      if (!phone) continue;
      const start = m.index! + piece.at;
      push({ start, end: start + piece.text.length, category: 'contact', source: 'record', kind: 'direct', identifier: phone.value, personId: phone.personId, contact: 'phone', priority: PRIORITY.recordPhone });
      break;
    }
  }

  if (ids.compacts.length) {
    const plain = flatten(n.text, null);
    // An address spelled out ("katya dot mazh at yandex dot by") is read once more without its spelled separators.
    const spelled = ids.compacts.some((id) => id.type === 'email') && SPELLED_SEPARATOR.test(n.text) ? flatten(n.text, SPELLED_SEPARATOR) : null;
    for (const id of ids.compacts) {
      const readings = id.type === 'email' && spelled ? [plain, spelled] : [plain];
      for (const { flat, at } of readings) {
        for (let from = flat.indexOf(id.compact); from >= 0; from = flat.indexOf(id.compact, from + 1)) {
          let start = at[from]!;
          let end = at[from + id.compact.length - 1]! + 1;
          // Take the whole address or handle the match sits in, not only its distinctive middle.
          if (id.type === 'handle' && /\s/.test(n.text.slice(start, end))) continue;
          while (start > 0 && /[\p{L}\p{N}@._/:-]/u.test(n.text[start - 1]!)) start--;
          while (end < n.text.length && /[\p{L}\p{N}_-]|[.@](?=[\p{L}\p{N}])/u.test(n.text[end]!)) end++;
          const base = { start, end, source: 'record', kind: 'direct', identifier: id.value, personId: id.personId, priority: PRIORITY.recordCompact } as const;
          push(id.type === 'document' ? { ...base, category: 'id', document: 'document' } : { ...base, category: 'contact', contact: id.type });
        }
      }
    }
  }

  for (const d of dates) {
    const forms = [d.date, swapped(d.date)].filter((x): x is DateValue => x !== null);
    const birth = ids.birthDates.find((b) => forms.some((f) => sameDay(f, b.date)));
    if (birth) {
      push({ ...d, kind: 'direct', identifier: birth.value, personId: birth.personId, priority: PRIORITY.recordBirthDate });
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
          push({ start: t.start, end: t.end, category: 'address', source: 'record', kind: 'direct', identifier: phrase.value, address: 'address', priority: PRIORITY.recordAddress });
          continue;
        }
        if (!streets.some((s) => s.charCodeAt(0) === t.fold.charCodeAt(0) && (within1(s, t.fold) || sameStem(s, t.fold)))) continue;
        const near = tokens.slice(i + 1, i + 6).find((x) => numbers.includes(x.word) && x.start - t.end < 40);
        const before = tokens.slice(Math.max(0, i - 4), i).reverse().find((x) => numbers.includes(x.word) && t.start - x.end < 30);
        if (near || before) {
          let end = (near ?? t).end;
          const tail = n.text.slice(end).match(/^,?\s*(?:apt\.?|flat|kv\.?|кв\.?)\s*\d+/i);
          if (tail) end += tail[0].length;
          push({ start: (before ?? t).start, end, category: 'address', source: 'record', kind: 'direct', identifier: phrase.value, address: 'address', priority: PRIORITY.recordAddress });
        } else {
          push({ start: t.start, end: t.end, category: 'address', source: 'record', kind: 'quasi', identifier: phrase.value, address: 'street', priority: PRIORITY.recordStreet });
        }
      }
      continue;
    }
    // The whole phrase, then each of its distinctive words on its own.
    const seq = phrase.words;
    for (const i of seq.length ? (byFold.get(seq[0]!) ?? []) : []) {
      if (i + seq.length <= tokens.length && seq.every((w, k) => tokens[i + k]!.fold === w)) {
        push(phraseDetection(phrase, tokens[i]!.start, tokens[i + seq.length - 1]!.end, PRIORITY.recordPhrase));
      }
    }
    if (phrase.category === 'occupation') continue;
    if (!phrase.distinctive.length) continue;
    for (const t of capitalised) {
      if (phrase.distinctive.some((w) => within1(w, t.fold))) {
        push(phraseDetection(phrase, t.start, t.end, PRIORITY.recordPhraseWord));
      }
    }
  }

  if (ids.places.length) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!isCapitalised(t.word)) continue;
      const next = tokens[i + 1];
      const two = next ? `${t.fold} ${next.fold}` : '';
      const known = lookupRecordPlace([t.word]);
      // «Жителя Лиды», "a resident of Lida": the record's town, alone, is the town even where its name
      // is also a given name; beside another capitalised word it may be a person's name (Лида Петрова).
      // A capitalised word opening the sentence before it (Из Лиды) is only the sentence's first word.
      const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && /^[^\S\n]+$/u.test(n.text.slice(a.end, b.start)) && isCapitalised(a.word) && isCapitalised(b.word);
      const previous = tokens[i - 1];
      // «Лиду Петрову»: beside a capitalised word, a town that is also a given name is the person's.
      const ambiguous = !!known && !lookupPlace([t.word]);
      const alone = !(joined(previous, t) && !(isSentenceInitial(n.text, previous!.start) && isOrdinaryHere(n.text, previous!.start, previous!.word))) && !joined(t, next);
      for (const place of ids.places) {
        if (two && place.folds.has(two)) {
          push({ start: t.start, end: next!.end, category: 'place', source: 'record', kind: 'quasi', identifier: place.value, priority: PRIORITY.recordPlace });
        } else if ((place.folds.has(t.fold) || (place.place && known === place.place)) && (alone || !ambiguous)) {
          push({ start: t.start, end: t.end, category: 'place', source: 'record', kind: 'quasi', identifier: place.value, ...(place.place ? { place: placeClass(place.place) } : {}), priority: alone ? PRIORITY.recordPlaceAlone : PRIORITY.recordPlace });
        }
      }
    }
  }

  for (const age of findAges(n.text)) {
    const plausible = ids.birthYears.some((y) => age.age >= 0 && Math.abs(y + age.age - new Date().getUTCFullYear()) <= 12);
    if (plausible) push({ ...age, kind: 'quasi', identifier: 'age' });
  }
  for (const age of bareAges(n.text, ids)) push(age);
  return out;
}

// «21 год этот уход парню обеспечивали родные», «которому чуть больше 20 лет»: a count of years with
// nothing around it that says "age" is one all the same when it is the age a birth year of the record
// gives in the years of the case's events (or the two after them, when the story may be told), unless a preposition or a noun makes it a term (к 2 годам,
// на 20 лет, 20 лет колонии, 20 лет назад). "Чуть больше" and the like go with the number.
const BARE_YEARS = /(?=[\dчнпб])(?<![\p{L}\p{N}.,-])((?:(?:чуть|немного|немногим)\s+(?:больше|более|меньше|менее)|почти|больше|более)\s+)?(\d{1,2})\s+(?:год|года|лет)(?![\p{L}])/giu;
const TERM_BEFORE = /^(?:на|к|до|через|за|от|по|с|со|в|во|после|около|спустя|из|уже|лишения|срок|сроком)$/u;
const TERM_AFTER = /^(?:колони|лишени|заключени|тюрьм|хими|ограничени|назад|спустя|работ|строг|общего|усиленного|исправительн|ареста|услов|отсрочк|стаж|подряд|служб|жизни|брака|вместе)|^(?:в|во|на|как|до|после)$/u;

function bareAges(text: string, ids: ProtectedIdentifiers): DetectionOf<'age'>[] {
  // The story is told in the years of the events or soon after: up to two years after the last.
  if (!ids.eventYears.length) return [];
  const first = Math.min(...ids.eventYears), last = Math.max(...ids.eventYears);
  const ages = new Set(ids.birthYears.flatMap((b) => Array.from({ length: last - first + 4 }, (_, k) => first - 1 + k - b)).filter((a) => a >= 1 && a <= 99));
  if (!ages.size) return [];
  const out: DetectionOf<'age'>[] = [];
  for (const m of allMatches(BARE_YEARS, text)) {
    const age = Number(m[2]);
    if (!ages.has(age)) continue;
    const previous = text.slice(Math.max(0, m.index! - 20), m.index!).match(/([\p{L}]+)\s*$/u)?.[1] ?? '';
    const before = previous.toLowerCase();
    const after = text.slice(m.index! + m[0].length).match(/^\s*([\p{L}]+)/u)?.[1]?.toLowerCase() ?? '';
    if (TERM_BEFORE.test(before) || TERM_AFTER.test(after)) continue;
    // A child's few years are as often a term (2 года): only after someone named in the dative («Максиму 9 лет»).
    if (age < 14 && !/^\p{Lu}\p{Ll}+[уюеи]$/u.test(previous)) continue;
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'age', source: 'record', kind: 'quasi', identifier: 'age', age, form: 'ru-count', priority: PRIORITY.age });
  }
  return out;
}


// The words people write for "@" and "." in an address: a word of its own, between two letters or digits.
// (?=[\s([{]) first: the lookbehind is tried only where a separator can open, not at every letter.
const SPELLED_SEPARATOR = /(?=[\s([{])(?<=[\p{L}\p{N}])(?:\s+|\s*[([{]\s*)(?:at|dot|собака|сабака|точка|кропка)(?:\s+|\s*[)\]}]\s*)(?=[\p{L}\p{N}])/iu;

/** Letters and digits only, lower-cased, each remembering where it stood; `skip` spans are left out. */
function flatten(source: string, skip: RegExp | null): { flat: string; at: Int32Array } {
  const text = source.toLowerCase();
  const skipped = new Uint8Array(text.length);
  if (skip) for (const m of text.matchAll(new RegExp(skip.source, 'giu'))) skipped.fill(1, m.index!, m.index! + m[0].length);
  const at = new Int32Array(text.length);
  // Code units, not one-character strings: the leak check flattens every text it is given.
  const kept = new Uint16Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    if (skipped[i]) continue;
    const code = text.charCodeAt(i);
    if (isWordCharCode(code)) {
      at[length] = i;
      kept[length++] = code;
    }
  }
  let flat = '';
  for (let k = 0; k < length; k += 4096) flat += String.fromCharCode.apply(null, kept.subarray(k, Math.min(length, k + 4096)) as unknown as number[]);
  return { flat, at };
}
