import { SafeholdError, type ErrorText } from '../../../shared/errors';
import { fromUtf8, open, seal, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { ByteReader, ByteWriter } from './framing';

/** Every encrypted file starts with these 4 bytes, then the key generation and the version. */
const RECORD_MAGIC = utf8('SHR1');
export const RECORD_HEADER_BYTES = 12;

export type RecordKind = 'case' | 'users' | 'index' | 'side' | 'head';

export interface RecordHeader {
  generation: number;
  version: number;
}

function readRecordParts(bytes: Uint8Array, what: ErrorText): RecordHeader & { sealed: Uint8Array } {
  if (bytes.length < RECORD_HEADER_BYTES || RECORD_MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SafeholdError('record.notRecord', { what });
  }
  const reader = new ByteReader(bytes, what);
  reader.bytes(RECORD_MAGIC.length);
  return { generation: reader.u32(), version: reader.u32(), sealed: reader.rest() };
}

export function readRecordHeader(bytes: Uint8Array, what: ErrorText): RecordHeader {
  const { generation, version } = readRecordParts(bytes, what);
  return { generation, version };
}

export function encodeRecord(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, version: number, generation: number, value: unknown): Uint8Array {
  return encodeRecordBytes(key, vaultId, kind, id, version, generation, utf8(JSON.stringify(value)));
}

/** A record whose plaintext is not JSON (the binary index snapshot). */
export function encodeRecordBytes(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, version: number, generation: number, plain: Uint8Array): Uint8Array {
  const sealed = seal(key, plain, associatedData(vaultId, kind, id, version, generation));
  return new ByteWriter().bytes(RECORD_MAGIC).u32(generation).u32(version).bytes(sealed).finish();
}

export function decodeRecord<T>(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, bytes: Uint8Array, what: ErrorText): { value: T; header: RecordHeader } {
  const { plain, header } = openRecord(key, vaultId, kind, id, bytes, what);
  return { value: JSON.parse(fromUtf8(plain)) as T, header };
}

/** The authenticated plaintext of a record, as bytes. */
export function openRecord(key: Uint8Array, vaultId: string, kind: RecordKind, id: string, bytes: Uint8Array, what: ErrorText): { plain: Uint8Array; header: RecordHeader } {
  const { sealed, ...header } = readRecordParts(bytes, what);
  return { plain: open(key, sealed, associatedData(vaultId, kind, id, header.version, header.generation), what), header };
}
