// Phones come from libphonenumber-js; e-mails spelled out with (at) and (dot), social handles,
// Belarusian ID and passport numbers and car plates have no maintained detector, so they are here.
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import { PRIORITY } from '../priorities';
import type { DetailOf, DetectionOf } from '../types';
import { allMatches } from '../matches';
import { matchesIn } from './windows';

const B = '(?<![\\p{L}\\p{N}_.@-])';
const E = '(?![\\p{L}\\p{N}_@-])';

/**
 * A number written with + carries its own country; one without it is read as Belarusian
 * first, then as from the countries where exiled families most often live.
 */
const DOMESTIC_REGIONS: CountryCode[] = ['BY', 'RU', 'UA', 'LT', 'PL'];

type Found = { start: number; end: number; e164: string };
const MEMO = new Map<string, Found[]>();

/** libphonenumber is costly per call: each distinct candidate is read once. */
function phonesIn(piece: string): Found[] {
  const known = MEMO.get(piece);
  if (known) return known;
  const regions: CountryCode[] = piece.includes('+') ? ['BY'] : DOMESTIC_REGIONS;
  const found: Found[] = [];
  for (const region of regions) {
    for (const f of findPhoneNumbersInText(piece, { defaultCountry: region })) {
      if (!found.some((x) => x.start === f.startsAt && x.end === f.endsAt)) found.push({ start: f.startsAt, end: f.endsAt, e164: f.number.number as string });
    }
    if (found.length) break;
  }
  if (MEMO.size > 5000) MEMO.clear();
  MEMO.set(piece, found);
  return found;
}

const contact = (start: number, end: number, type: DetailOf<'contact'>['contact'], e164?: string): DetectionOf<'contact'> => ({
  start, end, category: 'contact', contact: type, source: 'detector', kind: 'direct', priority: PRIORITY.contact, ...(e164 ? { e164 } : {}),
});

const looksLikeDate = (s: string) => /^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$/.test(s);

/** Stretches of text that could hold a phone number: libphonenumber only reads these. */
const CANDIDATE = /\+?[\d(][\d\s().\-/]{5,24}\d/g;

export function findPhones(text: string): DetectionOf<'contact'>[] {
  const out: DetectionOf<'contact'>[] = [];
  const seen = new Set<string>();
  for (const candidate of allMatches(CANDIDATE, text)) {
    if (candidate[0].replace(/\D/g, '').length < 7) continue;
    const from = Math.max(0, candidate.index! - 1);
    const piece = text.slice(from, candidate.index! + candidate[0].length + 1);
    for (const found of phonesIn(piece)) {
      const start = from + found.start;
      const end = from + found.end;
      const key = `${start}:${end}`;
      if (seen.has(key) || looksLikeDate(text.slice(start, end))) continue;
      seen.add(key);
      out.push(contact(start, end, 'phone', found.e164));
    }
  }
  // A run of digits broken by spaces, dots, dashes or brackets that libphonenumber will not
  // call valid (an old or mistyped number) is still a contact if it has 9 to 13 digits.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\+?\(?\d[\d\s().-]{7,18}\d(?![\p{L}\p{N}])/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 9 || digits.length > 13 || /^(19|20)\d{2}$/.test(digits.slice(0, 4)) && digits.length === 8) continue;
    if (looksLikeDate(m[0])) continue;
    out.push(contact(m.index!, m.index! + m[0].length, 'phone'));
  }
  return out;
}

const EMAIL = new RegExp(`${B}[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}${E}`, 'gu');

/** A letter or digit, a surrogate taken for one (an astral letter), or one of the ASCII `extra` characters. */
function inClass(text: string, k: number, extra: string): boolean {
  const code = text.charCodeAt(k);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || extra.includes(text[k]!);
  return (code >= 0xd800 && code <= 0xdfff) || /[\p{L}\p{N}]/u.test(text[k]!);
}

/**
 * Stretches around each @ that hold every address using it: the run of characters an address
 * may have before it and after it, and one more each side for the pattern's boundaries. The
 * pattern tried at every letter of a long story costs ~15 ms; around the few @ it costs nothing.
 */
function aroundAts(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && inClass(text, start - 1, '._%+-')) start--;
    let end = at + 1;
    while (end < text.length && inClass(text, end, '.-')) end++;
    start = Math.max(0, start - 1);
    end = Math.min(text.length, end + 1);
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function findEmails(text: string): DetectionOf<'contact'>[] {
  const out: DetectionOf<'contact'>[] = [];
  for (const m of matchesIn(EMAIL, text, aroundAts(text))) {
    out.push(contact(m.index!, m.index! + m[0].length, 'email'));
  }
  // Spelled out: name (at) mail (dot) ru, name [at] mail.ru, name собака mail точка ru.
  if (!/[([{]\s*(?:at|собака|сабака)\s*[)\]}]|собака|сабака/iu.test(text)) return out;
  const at = '\\s*[([{]?\\s*(?:at|собака|сабака)\\s*[)\\]}]?\\s*';
  const dot = '(?:\\s*[([{]?\\s*(?:dot|точка|кропка)\\s*[)\\]}]?\\s*|\\.)';
  for (const m of text.matchAll(new RegExp(`${B}[\\p{L}\\p{N}._%+-]+${at}[\\p{L}\\p{N}-]+(?:${dot}[\\p{L}\\p{N}-]+)*${dot}\\p{L}{2,}${E}`, 'giu'))) {
    if (m[0].includes('@')) continue;
    if (!/[([{]|собака|сабака/i.test(m[0])) continue;
    out.push(contact(m.index!, m.index! + m[0].length, 'email'));
  }
  return out;
}

const SOCIAL_HOSTS = 'instagram\\.com|t\\.me|telegram\\.me|vk\\.com|facebook\\.com|fb\\.com|youtube\\.com|youtu\\.be|tiktok\\.com|twitter\\.com|x\\.com|ok\\.ru|linkedin\\.com|threads\\.net';

export function findHandlesAndUrls(text: string): DetectionOf<'contact'>[] {
  const out: DetectionOf<'contact'>[] = [];
  for (const m of text.matchAll(new RegExp(`${B}(?:https?:\\/\\/)?(?:www\\.)?(?:${SOCIAL_HOSTS})\\/[@\\p{L}\\p{N}._/-]*[\\p{L}\\p{N}_]`, 'giu'))) {
    out.push(contact(m.index!, m.index! + m[0].length, 'handle'));
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:https?:\/\/|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)]/gu)) {
    out.push(contact(m.index!, m.index! + m[0].length, 'url'));
  }
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu)) {
    if (REPORTED_BY.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
    out.push(contact(m.index!, m.index! + m[0].length, 'handle'));
  }
  return out;
}

/** Belarusian personal numbers (7 digits, a letter, 3 digits, 2 letters, a digit), passports, car plates. */
export function findDocumentNumbers(text: string): DetectionOf<'id'>[] {
  const out: DetectionOf<'id'>[] = [];
  const patterns: [RegExp, DetailOf<'id'>['document']][] = [
    [/(?<![\p{L}\p{N}])\d{7}\s?[A-Z]\s?\d{3}\s?[A-Z]{2}\s?\d(?![\p{L}\p{N}])/gu, 'personal-id'],
    [/(?<![\p{L}\p{N}])[A-Z]{2}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}(?![\p{L}\p{N}])/gu, 'passport'],
    [/(?<![\p{L}\p{N}])\d{4}\s?[A-ZА-Я]{2}[-\s]?\d(?![\p{L}\p{N}])/gu, 'plate'],
  ];
  for (const [re, type] of patterns) {
    for (const m of allMatches(re, text)) {
      out.push({ start: m.index!, end: m.index! + m[0].length, category: 'id', document: type, source: 'detector', kind: 'direct', priority: PRIORITY.contact });
    }
  }
  return out;
}

/**
 * A photo's or a document's file name left in a story copied from a web page ("kukhta_a.jpg"):
 * sites name pictures after the person in them, and the name tells the reader nothing, so it goes.
 */
const FILE_NAME = /(?<![\p{L}\p{N}_./-])[\p{L}\p{N}_-][\p{L}\p{N}_.-]*\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|mp4|mov|pdf|docx?)(?![\p{L}\p{N}])/giu;

export function findFileNames(text: string): DetectionOf<'id'>[] {
  if (!/\.(?:jpe?g|png|gif|webp|heic|tiff?|bmp|mp4|mov|pdf|docx?)(?![\p{L}\p{N}])/iu.test(text)) return [];
  return [...text.matchAll(FILE_NAME)].map((m) => ({
    start: m.index!, end: m.index! + m[0].length, category: 'id', document: 'document', source: 'detector', kind: 'quasi', priority: PRIORITY.contact,
  }));
}

/** Letters and digits only, lower case: how contacts and numbers are compared. */
export function compact(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * "паведамляе @volnyBDY", "сообщает канал @…", "reports @…": a handle a story cites as its source
 * is a medium's channel, not anyone's account.
 */
const REPORTED_BY = /(?<![\p{L}])(?:паведамля\p{L}*|паведаміў|паведаміла|паведамілі|піша|пішуць|сообща\p{L}*|сообщил\p{L}*|пишет|пишут|reports?|reported|writes)(?:\s+(?:канал|тэлеграм-канал|телеграм-канал|channel|Telegram))?\s*:?\s*$/iu;

/** The handle inside an account: instagram.com/kovalets.verses, @kovalets.verses → kovalets.verses. */
export function handleOf(account: string): string {
  const trimmed = account.trim().replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const path = trimmed.includes('/') ? trimmed.slice(trimmed.indexOf('/') + 1) : trimmed;
  return path.replace(/^@/, '').replace(/\/+$/, '').split(/[/?#]/).filter(Boolean).pop()?.replace(/^@/, '') ?? path;
}
