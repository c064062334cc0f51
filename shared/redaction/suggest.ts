// Hand-written (docs/hand-written.md): replacements follow DESIGN.md's policy.
import type { CaseFile } from '../caseFile/schema';
import { analyze, resolveOverlaps } from './analyze';
import { originalSpan } from './normalize';
import { protectedIdentifiers } from './protected';
import { replacementFor } from './replace';
import { pseudonymPicker, type PseudonymPicker } from './replacements/pseudonyms';
import { languageAt } from './language/detect';
import { isSentenceInitial } from './sentence';
import type { Detection, Finding } from './types';

export type { PseudonymPicker } from './replacements/pseudonyms';
export { pseudonymPicker } from './replacements/pseudonyms';

/** Whether the next name detection belongs to the same person as this one. */
function samePerson(a: Detection, b: Detection): boolean {
  if (a.category !== 'name' && !(a.category === 'suspect' && a.guess === 'name')) return false;
  // "Judge Anatol Kruhlik": an unknown capitalised word right after a name is its surname.
  if (b.category === 'suspect') return b.guess === 'name';
  if (b.category !== 'name') return false;
  if (a.category === 'suspect') return b.part === 'last' || b.part === 'middle' || (!b.personId && !!b.key);
  // "Oksana Shapovalova": a family surname after a first name belongs to that first name.
  return (b.personId ?? b.key) === (a.personId ?? a.key) || b.part === 'last' || b.part === 'middle';
}

const PATRONYMIC_END = /(?:віч|вич|ўна|вна|vič|ŭna|vna)$/iu;
const nameLike = (d: Detection) => d.category === 'name' || (d.category === 'suspect' && d.guess === 'name');

/**
 * «Палітвязня Ільдара Закірава», "Palitviaźnia Ildara Zakirava": a word the dictionary does not
 * know opening a sentence, before two more words of a name that is not a patronymic, is the noun
 * the name follows (a person is named by at most a given name and a surname besides one): it
 * stays, and the name after it is replaced alone.
 */
function nounBeforeName(text: string, spans: readonly { d: Detection; span: [number, number] }[], i: number): boolean {
  const { d, span } = spans[i]!;
  const [second, third] = [spans[i + 1], spans[i + 2]];
  if (d.category !== 'suspect' || d.guess !== 'name' || d.confidence >= 0.7 || !second || !third) return false;
  if (!isSentenceInitial(text, span[0]) || !nameLike(second.d) || !nameLike(third.d)) return false;
  const gap = (a: [number, number], b: [number, number]) => /^[^\S\n]+$/u.test(text.slice(a[1], b[0]));
  return gap(span, second.span) && gap(second.span, third.span) && !PATRONYMIC_END.test(text.slice(third.span[0], third.span[1]));
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
    if (nounBeforeName(text, spans, i)) continue;
    // A person's first name, patronymic and surname side by side become one pseudonym.
    if (d.category === 'name' || d.category === 'suspect') {
      while (i + 1 < spans.length) {
        const next = spans[i + 1]!;
        // A line break ends a name: a caption's "Taras Lahvinovich" and the next paragraph's "Taras" are two mentions.
        if (!samePerson(d, next.d) || !/^[^\S\n]+$/u.test(text.slice(end, next.span[0]))) break;
        end = next.span[1];
        i++;
      }
    }
    const language = languageAt(text, start, end);
    const replaced = replacementFor(d, {
      text, start, end,
      before: text.slice(Math.max(0, start - 40), start),
      after: text.slice(end, end + 40),
      cyrillic: /\p{Script=Cyrillic}/u.test(text.slice(start, end)),
      language,
      russian: d.category !== 'name' && (language === 'ru' || language === 'be'),
      people, pick,
    });
    start = replaced.start;
    end = replaced.end;
    // A span that opens a bracket takes its closing one too: "Steel Works (BMZ)".
    if ((text.slice(start, end).match(/\(/g) ?? []).length > (text.slice(start, end).match(/\)/g) ?? []).length && text[end] === ')') end++;
    const { priority: _priority, start: _s, end: _e, ...detail } = d;
    findings.push({ ...detail, start, end, original: text.slice(start, end), replacement: replaced.replacement });
  }
  return findings;
}

/** Applies findings (sorted, not overlapping) and tidies the seams: no double spaces or orphaned commas. */
export function applyFindings(text: string, findings: Finding[]): string {
  let out = '';
  let cursor = 0;
  // A span dropped at a sentence's start («19-летний пинчанин …» → «Житель …»): what follows opens the sentence.
  let opensSentence = false;
  const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    const between = text.slice(cursor, f.start);
    out += opensSentence ? upperFirst(between) : between;
    if (between) opensSentence = false;
    if (f.replacement === '') {
      out = out.replace(/[ \t]+$/, '');
      const rest = text.slice(f.end);
      if (/(?:^|[.!?]|\n)$/.test(out) && /^[ \t]*\p{Ll}/u.test(rest)) {
        if (out && !/\n$/.test(out)) out += ' ';
        cursor = f.end + rest.length - rest.replace(/^[ \t]+/, '').length;
        opensSentence = true;
        continue;
      }
      if (!/^[\s,.;:!?)»"]/.test(rest) && out && !/[\s(«"]$/.test(out)) out += ' ';
    } else {
      const sentenceStart = opensSentence || /(?:^|[.!?]\s+|\n\s*)$/.test(out);
      out += sentenceStart ? upperFirst(f.replacement) : f.replacement;
      opensSentence = false;
    }
    cursor = f.end;
  }
  out += opensSentence ? upperFirst(text.slice(cursor)) : text.slice(cursor);
  return out
    .replace(/[ \t]+([,.;:!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .replace(/\(\s*\)/g, '')
    .replace(/,(\s*[.;:!?])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ');
}
