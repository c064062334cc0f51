// Hand-written (docs/hand-written.md): costly patterns run only near cheap anchors.
import { allMatches } from '../matches';

/**
 * Stretches of text around each match of a cheap anchor, merged and widened to word
 * boundaries: detectors with costly patterns run only there, so a long text with few
 * candidates costs little.
 */
export function windowsAround(text: string, anchor: RegExp, radius: number): [number, number][] {
  const out: [number, number][] = [];
  for (const m of allMatches(anchor, text)) {
    let start = Math.max(0, m.index! - radius);
    let end = Math.min(text.length, m.index! + m[0].length + radius);
    while (start > 0 && isWordChar(text.charCodeAt(start - 1), text[start - 1]!)) start--;
    while (end < text.length && isWordChar(text.charCodeAt(end), text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function isWordChar(code: number, char: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}\p{M}]/u.test(char);
}

/**
 * Every match of a global pattern inside the windows, with offsets in the whole text, window by
 * window: the same matches as over the whole text wherever each match holds the windows' anchor.
 * `needs`, a cheap pattern every match must hold (same flags), rules a window out unsearched.
 */
export function matchesIn(pattern: RegExp, text: string, windows: readonly [number, number][], needs?: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const [start, end] of windows) {
    const piece = text.slice(start, end);
    if (needs && !needs.test(piece)) continue;
    for (const m of allMatches(pattern, piece)) {
      m.index += start;
      out.push(m);
    }
  }
  return out;
}

/**
 * A number sign before a number ("No. 5", "№15", "#3", "number 12"), as numbered schools, colonies
 * and prisons write it: the patterns that need one run only around it.
 */
export const NUMBER_SIGN = /(?:n[or]\.?|№|#|number)\s*\d/gi;

/** Runs `find` on each window and shifts what it returns back to offsets in the whole text. */
export function findInWindows<T extends { start: number; end: number }>(
  text: string,
  windows: [number, number][],
  find: (piece: string) => T[],
): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [start, end] of windows) {
    for (const found of find(text.slice(start, end))) {
      const shifted = { ...found, start: found.start + start, end: found.end + start };
      const key = `${shifted.start}:${shifted.end}:${JSON.stringify((found as { priority?: number }).priority ?? '')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(shifted);
    }
  }
  return out;
}
