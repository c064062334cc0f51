import type { CaseState } from '../../../shared/workflow/caseStates';
import { SafeholdError } from '../../../shared/errors';

/** An index entry without its search text, which is kept in its own record. */
export interface IndexRow {
  id: string;
  version: number;
  title: string;
  state: CaseState;
  createdAt: string;
  updatedAt: string;
}

const MAGIC = Buffer.from('SXI3', 'latin1');
const HEADER_BYTES = 12;

/**
 * The case list's default order: the latest change first, and of two changed at the same
 * instant the larger id first. The snapshot keeps its rows in this order, so that the first
 * screenful of the list is its first rows.
 */
export const newestFirst = (a: IndexRow, b: IndexRow): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

/** A JSON snapshot (formats 1 and 2) starts with `{`; a binary one (format 3) with its magic. */
export function isBinarySnapshot(plain: Uint8Array): boolean {
  return plain.length >= HEADER_BYTES && MAGIC.every((b, i) => plain[i] === b);
}

// Hand-written (docs/hand-written.md): a row is decoded without touching the others.

/** Format 3 (docs/vault-format.md): a table of row offsets, a table of positions by id, then the rows. */
export function encodeSnapshot(rows: IndexRow[], journalSeq: number): Uint8Array {
  const ordered = [...rows].sort(newestFirst);
  const encoded = ordered.map((row) => {
    const short = [row.id, row.state, row.createdAt, row.updatedAt].map((text) => Buffer.from(text, 'utf8'));
    if (short.some((b) => b.length > 255)) throw new SafeholdError('index.fieldTooLong', { id: row.id });
    const title = Buffer.from(row.title, 'utf8');
    const bytes = Buffer.alloc(4 + short.reduce((n, b) => n + 1 + b.length, 0) + 4 + title.length);
    let at = bytes.writeUInt32BE(row.version, 0);
    for (const b of short) {
      at = bytes.writeUInt8(b.length, at);
      at += b.copy(bytes, at);
    }
    at = bytes.writeUInt32BE(title.length, at);
    title.copy(bytes, at);
    return bytes;
  });
  const byId = ordered.map((_, i) => i).sort((a, b) => (ordered[a]!.id < ordered[b]!.id ? -1 : ordered[a]!.id > ordered[b]!.id ? 1 : 0));
  const tables = Buffer.alloc(HEADER_BYTES + 8 * ordered.length);
  MAGIC.copy(tables, 0);
  tables.writeUInt32BE(journalSeq, 4);
  tables.writeUInt32BE(ordered.length, 8);
  let offset = tables.length;
  encoded.forEach((bytes, i) => {
    tables.writeUInt32BE(offset, HEADER_BYTES + 4 * i);
    offset += bytes.length;
  });
  byId.forEach((position, i) => tables.writeUInt32BE(position, HEADER_BYTES + 4 * (ordered.length + i)));
  return new Uint8Array(Buffer.concat([tables, ...encoded]));
}

/**
 * A decrypted format 3 snapshot, read in place: a row is decoded when it is asked for, so
 * unlocking costs the decryption and nothing per case.
 */
export class SnapshotRows {
  private readonly bytes: Buffer;
  readonly count: number;
  readonly journalSeq: number;

  constructor(plain: Uint8Array) {
    this.bytes = Buffer.from(plain.buffer, plain.byteOffset, plain.byteLength);
    if (!isBinarySnapshot(plain)) throw new SafeholdError('index.notSnapshot');
    this.journalSeq = this.bytes.readUInt32BE(4);
    this.count = this.bytes.readUInt32BE(8);
    if (HEADER_BYTES + 8 * this.count > this.bytes.length) throw new SafeholdError('index.cutShort');
  }

  /** The row at `position` in the default order (newestFirst). */
  row(position: number): IndexRow {
    let at = this.bytes.readUInt32BE(HEADER_BYTES + 4 * position);
    const version = this.bytes.readUInt32BE(at);
    at += 4;
    const [id, state, createdAt, updatedAt] = [0, 1, 2, 3].map(() => {
      const length = this.bytes.readUInt8(at);
      const text = this.bytes.toString('utf8', at + 1, at + 1 + length);
      at += 1 + length;
      return text;
    }) as [string, CaseState, string, string];
    const titleLength = this.bytes.readUInt32BE(at);
    return { id, version, title: this.bytes.toString('utf8', at + 4, at + 4 + titleLength), state, createdAt, updatedAt };
  }

  /** The id of the row at `position`, without decoding the rest of the row. */
  idAt(position: number): string {
    const at = this.bytes.readUInt32BE(HEADER_BYTES + 4 * position) + 4;
    return this.bytes.toString('utf8', at + 1, at + 1 + this.bytes.readUInt8(at));
  }

  /** The title of the row at `position`, without decoding the rest of the row. */
  titleAt(position: number): string {
    let at = this.bytes.readUInt32BE(HEADER_BYTES + 4 * position) + 4;
    for (let field = 0; field < 4; field++) at += 1 + this.bytes.readUInt8(at);
    return this.bytes.toString('utf8', at + 4, at + 4 + this.bytes.readUInt32BE(at));
  }

  /** The position of a case in the default order, or -1: a binary search over the id table. */
  find(id: string): number {
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const position = this.bytes.readUInt32BE(HEADER_BYTES + 4 * (this.count + middle));
      const found = this.idAt(position);
      if (found === id) return position;
      if (found < id) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}
