/**
 * Whether a word opens a sentence (or a line, a list item, a quotation after one): there a
 * capital letter says nothing about the word.
 */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s"«»“”„'‘’([*•–—-]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  // "1. Name", "2) Name": a numbered list item.
  if (/[.)]/.test(text[i]!) && /\d/.test(text[i - 1] ?? '') && /(?:^|\n)\s*\d+$/.test(text.slice(Math.max(0, i - 6), i))) return true;
  return /[.!?…:;]/.test(text[i]!);
}
