// Hand-written (docs/hand-written.md): address parsers are native and know no "vul." or "кв.".
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';
import { matchesIn, windowsAround } from './windows';

const STREET = /(?<![\p{L}])(?:(?:vul\.|ul\.|vulitsa|ulitsa|улиц[аеуы]|ул\.|вул\.|вуліц[аыу]|праспект[ае]?|проспект[ае]?|бульвар[аеу]?|переул(?:ок|ка|ке|ку)|площад[иь])\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:Street|St\.|Avenue|Ave\.|Lane|Prospekt|Boulevard|Square))(?:,?\s*\d+(?:[-/]\d+)?)?(?:,?\s*(?:apt\.?|flat|kv\.?|кв\.?)\s*\d+)?/gu;
const FLAT = /(?<![\p{L}])(?:apt\.?|apartment|flat|kv\.|кв\.)\s*(?:No\.?\s*)?\d+(?![\p{N}])/giu;
const MICRODISTRICT = /(?<![\p{L}\p{N}])\d{1,3}(?:st|nd|rd|th)?\s+(?:microdistrict|mikrarayon|mikrorayon|микрорайон|мікрараён)(?:,?\s*\d+(?:-\d+)?)?/giu;
/** The word each pattern must hold, found by plain patterns: the Unicode-aware ones run only around it. */
const STREET_WORD = /ul\.|ulitsa|улиц|ул\.|вуліц|праспект|проспект|бульвар|переул|площад|Street|St\.|Avenue|Ave\.|Lane|Prospekt|Boulevard|Square/g;
const FLAT_WORD = /apt|apartment|flat|kv\.|кв\./gi;
const MICRODISTRICT_WORD = /microdistrict|mikrarayon|mikrorayon|микрорайон|мікрараён/gi;

export function findAddresses(text: string): DetectionOf<'address'>[] {
  const out: DetectionOf<'address'>[] = [];
  const push = (m: RegExpMatchArray, priority: number) =>
    out.push({ start: m.index!, end: m.index! + m[0].length, category: 'address', source: 'detector', kind: 'quasi', address: 'address', priority });
  for (const m of matchesIn(STREET, text, windowsAround(text, STREET_WORD, 80))) push(m, PRIORITY.street);
  for (const m of matchesIn(FLAT, text, windowsAround(text, FLAT_WORD, 40))) push(m, PRIORITY.flat);
  for (const m of matchesIn(MICRODISTRICT, text, windowsAround(text, MICRODISTRICT_WORD, 40))) push(m, PRIORITY.microdistrict);
  return out;
}
