import { SafeholdError } from '../../../shared/errors';
import { fromUtf8, open, seal, utf8 } from '../crypto/sodium';

/** Every encrypted file starts with these 4 bytes, then the key generation and the version. */
const RECORD_MAGIC = [0x53, 0x48, 0x52, 0x31]; // "SHR1"
export const RECORD_HEADER_BYTES = 12;

export type RecordKind = 'case' | 'users' | 'index';

/**
 * What a record's encryption is bound to: the vault, the kind of record, its id, its
 * version and the key generation. A file copied to another name, another vault or an
 * older version fails to open.
 */
export function associatedData(vaultId: string, kind: RecordKind | 'journal' | 'audit', id: string, version: number, generation: number): Uint8Array {
  return utf8(`safehold/1|${vaultId}|${kind}|${id}|${version}|${generation}`);
}

export interface RecordHeader {
  generation: number;
  version: number;
}

export function readRecordHeader(bytes: Uint8Array, what: string): RecordHeader {
  if (bytes.length < RECORD_HEADER_BYTES || RECORD_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SafeholdError('damaged', `${what} is not a Safehold record (truncated or overwritten)`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { generation: view.getUint32(4), version: view.getUint32(8) };
}

export function encodeRecord(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, version: number, generation: number, value: unknown): Uint8Array {
  const sealed = seal(key, utf8(JSON.stringify(value)), associatedData(vaultId, kind, id, version, generation));
  const out = new Uint8Array(RECORD_HEADER_BYTES + sealed.length);
  out.set(RECORD_MAGIC);
  const view = new DataView(out.buffer);
  view.setUint32(4, generation);
  view.setUint32(8, version);
  out.set(sealed, RECORD_HEADER_BYTES);
  return out;
}

export function decodeRecord<T>(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, bytes: Uint8Array, what: string): { value: T; header: RecordHeader } {
  const header = readRecordHeader(bytes, what);
  const plain = open(key, bytes.subarray(RECORD_HEADER_BYTES), associatedData(vaultId, kind, id, header.version, header.generation), what);
  return { value: JSON.parse(fromUtf8(plain)) as T, header };
}
