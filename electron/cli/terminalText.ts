import { stripVTControlCharacters } from 'node:util';

// C0 controls but tab and line feed, DEL, C1 controls (U+009B alone starts an escape sequence
// in some terminals), and the bidirectional overrides and isolates that reorder what is shown.
const CONTROL = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;
// What JSON.stringify leaves raw inside a string but a terminal still acts on.
const RAW_IN_JSON = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text for a person's terminal. Titles, file names and error messages can come from a hostile
 * case file: an escape sequence in them could rewrite the screen, hide a line or retitle the
 * window. Escape sequences are removed whole; any other control character shows as U+FFFD,
 * so the person sees that something was there.
 */
export function forTerminal(text: string): string {
  return stripVTControlCharacters(text.replace(/\r\n/g, '\n')).replace(CONTROL, '\uFFFD');
}

/** A JSON document for the terminal: the same value, with every control character as a \u escape. */
export function jsonForTerminal(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
