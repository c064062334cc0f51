// Which script the words around a span are in; the paragraph's language is refined from it
// (language/detect.ts).

/** Whether the words around a span are mostly Cyrillic: the replacement is then Cyrillic too. */
export function inCyrillicContext(text: string, start: number, end: number): boolean {
  let cyrillic = 0;
  let latin = 0;
  for (let i = Math.max(0, start - 60); i < Math.min(text.length, end + 60); i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x400 && code <= 0x52f) cyrillic++;
    else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
  }
  return cyrillic > latin;
}
