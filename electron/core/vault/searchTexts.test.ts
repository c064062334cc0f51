import { textOf } from '../../../shared/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { cryptoReady, newKey } from '../crypto/sodium';
import { ByteReader, ByteWriter } from './framing';
import { encodeRecord } from './records';
import { CASES_PER_PART, encodeSearchTexts, readSearchTexts, type SearchText } from './searchTexts';

const VAULT = 'vault-id';
const texts = (count: number): SearchText[] => Array.from({ length: count }, (_, i) => [`case-${String(i).padStart(6, '0')}`, `words of case ${i}`]);

/** The file with its parts in another order: what a hand that moves bytes about would write. */
function swapParts(bytes: Uint8Array, a: number, b: number): Uint8Array {
  const reader = new ByteReader(bytes, textOf('part.searchTexts'));
  const head = reader.bytes(16);
  const parts: Uint8Array[] = [];
  while (reader.remaining) parts.push(reader.prefixed());
  [parts[a], parts[b]] = [parts[b]!, parts[a]!];
  const writer = new ByteWriter().bytes(head);
  for (const part of parts) writer.prefixed(part);
  return writer.finish();
}

beforeAll(cryptoReady);

describe('the search texts file', () => {
  it('is written in parts that are read one at a time', () => {
    const key = newKey();
    const all = texts(2 * CASES_PER_PART + 1);
    const file = readSearchTexts(key, VAULT, encodeSearchTexts(key, VAULT, 7, 2, all));
    expect(file.version).toBe(7);
    expect(file.parts).toBe(3);
    expect(file.part(2)).toEqual(all.slice(2 * CASES_PER_PART));
    expect([0, 1, 2].flatMap((part) => file.part(part))).toEqual(all);
    expect(readSearchTexts(key, VAULT, encodeSearchTexts(key, VAULT, 1, 1, [])).part(0)).toEqual([]);
  });

  it('refuses a part moved to another place, another vault or key generation, and a file cut short', () => {
    const key = newKey();
    const bytes = encodeSearchTexts(key, VAULT, 3, 1, texts(2 * CASES_PER_PART));
    expect(() => readSearchTexts(key, VAULT, swapParts(bytes, 0, 1)).part(0)).toThrow(/part 1 of 2/);
    expect(() => readSearchTexts(key, 'another-vault', bytes).part(0)).toThrow();
    const otherGeneration = new Uint8Array(bytes);
    otherGeneration[7] = 2;
    expect(() => readSearchTexts(key, VAULT, otherGeneration).part(1)).toThrow();
    expect(() => readSearchTexts(key, VAULT, bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
    expect(() => readSearchTexts(newKey(), VAULT, bytes).part(0)).toThrow();
  });

  it('still reads format 1, one JSON record of every text, as a single part', () => {
    const key = newKey();
    const legacy = encodeRecord(key, VAULT, 'index', 'search', 4, 1, { texts: { 'case-aaaaaa': 'ольга мажейко', 'case-bbbbbb': 'volha novik' } });
    const file = readSearchTexts(key, VAULT, legacy);
    expect(file).toMatchObject({ version: 4, parts: 1 });
    expect(file.part(0)).toEqual([
      ['case-aaaaaa', 'ольга мажейко'],
      ['case-bbbbbb', 'volha novik'],
    ]);
  });
});
