import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';

/**
 * The one binary codec of the vault's files (docs/vault-format.md): big-endian u16/u32
 * fields and u32 length-prefixed byte strings. Records, journal and audit frames, the
 * frame files and backups are all written with ByteWriter and read with ByteReader.
 */
export class ByteWriter {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  u16(n: number): this {
    const out = new Uint8Array(2);
    new DataView(out.buffer).setUint16(0, n);
    return this.bytes(out);
  }

  u32(n: number): this {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, n);
    return this.bytes(out);
  }

  bytes(data: Uint8Array): this {
    this.parts.push(data);
    this.length += data.length;
    return this;
  }

  /** A u32 length, then the bytes. */
  prefixed(data: Uint8Array): this {
    return this.u32(data.length).bytes(data);
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** Reads what ByteWriter wrote; a short read is damage, named after `what`. */
export class ByteReader {
  private at = 0;
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    private readonly what: ErrorText,
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get offset(): number {
    return this.at;
  }

  get remaining(): number {
    return this.data.length - this.at;
  }

  private need(n: number): void {
    if (this.at + n > this.data.length) throw new SafeholdError('record.truncated', { what: this.what });
  }

  u16(): number {
    this.need(2);
    const n = this.view.getUint16(this.at);
    this.at += 2;
    return n;
  }

  u32(): number {
    this.need(4);
    const n = this.view.getUint32(this.at);
    this.at += 4;
    return n;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const out = this.data.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  prefixed(): Uint8Array {
    return this.bytes(this.u32());
  }

  rest(): Uint8Array {
    return this.bytes(this.remaining);
  }
}

/** A file of frames (`length (u32) | payload` each), cut at the last whole frame. */
export interface Frames {
  frames: Uint8Array[];
  /** Bytes up to the end of the last whole frame. */
  validLength: number;
  /** True when the data ends in a frame cut short (a crash during an append). */
  torn: boolean;
}

export function splitFrames(data: Uint8Array): Frames {
  const reader = new ByteReader(data, textOf('part.frame'));
  const frames: Uint8Array[] = [];
  while (reader.remaining >= 4) {
    const start = reader.offset;
    const length = reader.u32();
    if (length > reader.remaining) {
      return { frames, validLength: start, torn: true };
    }
    frames.push(reader.bytes(length));
  }
  return { frames, validLength: reader.offset, torn: reader.remaining > 0 };
}

export const frame = (payload: Uint8Array): Uint8Array => new ByteWriter().prefixed(payload).finish();

/** The payload of a journal or audit frame: key generation, sequence number, sealed bytes. */
export interface SealedEntry {
  generation: number;
  seq: number;
  sealed: Uint8Array;
}

export const encodeSealedEntry = ({ generation, seq, sealed }: SealedEntry): Uint8Array => new ByteWriter().u32(generation).u32(seq).bytes(sealed).finish();

export function decodeSealedEntry(payload: Uint8Array, what: ErrorText): SealedEntry {
  const reader = new ByteReader(payload, what);
  return { generation: reader.u32(), seq: reader.u32(), sealed: reader.rest() };
}
