import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolvePackage } from '../files/packagePath';

/**
 * libsodium's WebAssembly memory, handled by hand so that no secret outlives its call.
 *
 * libsodium-wrappers-sumo exposes the Emscripten module under `sodium.libsodium`: `HEAPU8` (a
 * view of the whole linear memory; memory growth replaces it, so it is read afresh every
 * time), `_malloc`, `_free`, and every C function as `_crypto_…` taking pointers, with each
 * 64-bit length passed as two 32-bit halves (low, high). The wrappers' own functions copy
 * every argument into that memory and free it without zeroing it, which left three copies
 * of the vault key and plaintext in the heap after a lock. Here every block is zeroed before
 * it is freed, and `wipeStack()` zeroes the C stack, where libsodium's ChaCha20 leaves the last
 * partial block of a message (it does not clear its 64-byte buffer).
 */
export interface SodiumModule {
  HEAPU8: Uint8Array;
  _malloc(size: number): number;
  _free(pointer: number): void;
  [name: `_${string}`]: ((...args: number[]) => number) | unknown;
}

/** Allocations of one call: inputs copied in, outputs read out, all zeroed and freed at the end. */
export class HeapScope {
  private readonly blocks: [number, number][] = [];

  constructor(readonly m: SodiumModule) {}

  alloc(size: number): number {
    const pointer = this.m._malloc(Math.max(1, size));
    if (!pointer) throw new Error('libsodium is out of memory');
    this.blocks.push([pointer, size]);
    return pointer;
  }

  input(bytes: Uint8Array): number {
    const pointer = this.alloc(bytes.length);
    this.m.HEAPU8.set(bytes, pointer);
    return pointer;
  }

  read(pointer: number, size: number): Uint8Array {
    return this.m.HEAPU8.slice(pointer, pointer + size);
  }

  call(name: string, ...args: number[]): number {
    const fn = this.m[`_${name}`];
    if (typeof fn !== 'function') throw new Error(`libsodium has no function ${name}`);
    return (fn as (...a: number[]) => number)(...args);
  }

  dispose(): void {
    const heap = this.m.HEAPU8;
    for (const [pointer, size] of this.blocks.splice(0)) {
      heap.fill(0, pointer, pointer + size);
      this.m._free(pointer);
    }
  }
}

export function withHeap<T>(m: SodiumModule, work: (scope: HeapScope) => T): T {
  const scope = new HeapScope(m);
  try {
    return work(scope);
  } finally {
    scope.dispose();
  }
}

/**
 * Emscripten's default stack (64 KiB since 3.1.27, which libsodium.js is built with) sits
 * just below the stack pointer's start, global 0 of the module. Between calls nothing is on
 * it, so all of it is scratch. Read from the module's own bytes, not guessed: the wasm is
 * embedded in libsodium-sumo.js as base64.
 */
const STACK_BYTES = 64 * 1024;

let stack: { bottom: number; top: number } | null = null;

function leb(bytes: Uint8Array, at: { p: number }, signed: boolean): number {
  let result = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at.p++]!;
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return signed && shift < 32 && byte & 0x40 ? result | (~0 << shift) : result >>> 0;
}

/** The stack pointer's initial value and the end of the static data, from the module's global and data sections. */
function stackBounds(): { bottom: number; top: number } {
  const wrappers = resolvePackage('libsodium-wrappers-sumo');
  const source = readFileSync(createRequire(wrappers).resolve('libsodium-sumo'), 'utf8');
  const start = source.indexOf('"AGFzbQ');
  if (start < 0) throw new Error('libsodium-sumo.js carries no embedded WebAssembly module');
  const wasm = Buffer.from(source.slice(start + 1, source.indexOf('"', start + 1)), 'base64');
  const at = { p: 8 };
  let top = -1;
  let dataEnd = 0;
  while (at.p < wasm.length) {
    const id = wasm[at.p++]!;
    const size = leb(wasm, at, false);
    const end = at.p + size;
    if (id === 6 && leb(wasm, at, false) > 0) {
      at.p += 2; // value type i32, mutable
      if (wasm[at.p++] === 0x41) top = leb(wasm, at, true);
    }
    if (id === 11) {
      const count = leb(wasm, at, false);
      for (let i = 0; i < count; i++) {
        const flags = leb(wasm, at, false);
        let offset = 0;
        if (flags === 0) {
          at.p++;
          offset = leb(wasm, at, true);
          at.p++;
        }
        const length = leb(wasm, at, false);
        dataEnd = Math.max(dataEnd, offset + length);
        at.p += length;
      }
    }
    at.p = end;
  }
  const bottom = top - STACK_BYTES;
  if (top <= 0 || bottom <= dataEnd) throw new Error(`libsodium's stack layout is not the one Safehold wipes (stack top ${top}, data end ${dataEnd})`);
  return { bottom, top };
}

/** Zeroes libsodium's C stack; only between calls (never from inside one), which is the only way JavaScript runs. */
export function wipeStack(m: SodiumModule): void {
  stack ??= stackBounds();
  m.HEAPU8.fill(0, stack.bottom, stack.top);
}
