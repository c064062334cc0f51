import { SafeholdError, textOf } from '../../../shared/errors';
import { fromUtf8, open, seal, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { ByteReader, ByteWriter } from './framing';
import { decodeRecord } from './records';

// Hand-written (docs/hand-written.md): each part is opened without touching the others.

/** An id and its search text: lower-cased names, title and places. */
export type SearchText = [id: string, text: string];

/** Cases per part: a part is decrypted and parsed in a few milliseconds, between other requests. */
export const CASES_PER_PART = 500;

const MAGIC = utf8('SHS2');
const WHAT = textOf('part.searchTexts');

const partData = (vaultId: string, part: number, parts: number, version: number, generation: number) =>
  associatedData(vaultId, 'index', `search:${part}/${parts}`, version, generation);

/**
 * Format 2 of index-search.rec (docs/vault-format.md): the texts in parts sealed one by one,
 * each bound to its place and to the number of parts, so that reading them one at a time
 * never holds the core up for longer than one part, and no part can be moved, dropped or
 * taken from another version.
 */
export function encodeSearchTexts(key: Uint8Array, vaultId: string, version: number, generation: number, texts: SearchText[]): Uint8Array {
  const parts = Math.max(1, Math.ceil(texts.length / CASES_PER_PART));
  const writer = new ByteWriter().bytes(MAGIC).u32(generation).u32(version).u32(parts);
  for (let part = 0; part < parts; part++) {
    const plain = utf8(JSON.stringify(texts.slice(part * CASES_PER_PART, (part + 1) * CASES_PER_PART)));
    writer.prefixed(seal(key, plain, partData(vaultId, part, parts, version, generation)));
  }
  return writer.finish();
}

/** The search texts as read: the version they were written at, and their parts, each opened when asked for. */
export interface SearchTextFile {
  version: number;
  parts: number;
  part(index: number): SearchText[];
}

interface LegacySearchTexts {
  texts: Record<string, string>;
}

/**
 * Reads index-search.rec: format 2 part by part; format 1 (one JSON record, `{ texts }`,
 * written before the parts) whole, as its only part.
 */
export function readSearchTexts(key: Uint8Array, vaultId: string, bytes: Uint8Array): SearchTextFile {
  if (!MAGIC.every((b, i) => bytes[i] === b)) {
    const { value, header } = decodeRecord<LegacySearchTexts>(key, vaultId, 'index', 'search', bytes, WHAT);
    const texts = Object.entries(value.texts);
    return { version: header.version, parts: 1, part: () => texts };
  }
  const reader = new ByteReader(bytes, WHAT);
  reader.bytes(MAGIC.length);
  const generation = reader.u32();
  const version = reader.u32();
  const parts = reader.u32();
  const sealed: Uint8Array[] = [];
  for (let part = 0; part < parts; part++) sealed.push(reader.prefixed());
  if (reader.remaining) throw new SafeholdError('index.searchTrailing', { bytes: reader.remaining });
  return {
    version,
    parts,
    part: (index) => JSON.parse(fromUtf8(open(key, sealed[index]!, partData(vaultId, index, parts, version, generation), textOf('part.searchTextsPart', { n: index + 1, count: parts })))) as SearchText[],
  };
}
