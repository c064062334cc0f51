import { describe, expect, it } from 'vitest';
import { deriveKey } from './kdf';

const MiB = 1024 * 1024;
const passphrase = () => new TextEncoder().encode('correct horse battery staple');
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('deriveKey', () => {
  it('gives back a 32-byte key, the same for the same passphrase and salt only', async () => {
    const salt = new Uint8Array(16).fill(7);
    const first = await deriveKey(passphrase(), salt, { opslimit: 1, memlimit: 8 * MiB });
    expect(first).toHaveLength(32);
    expect(same(first, await deriveKey(passphrase(), salt, { opslimit: 1, memlimit: 8 * MiB }))).toBe(true);
    expect(same(first, await deriveKey(passphrase(), new Uint8Array(16), { opslimit: 1, memlimit: 8 * MiB }))).toBe(false);
  });

  it('leaves the process no larger by the Argon2 memory it used', async () => {
    // While the worker was left to end on its own, its 64 MiB of Argon2 and its heap were still
    // mapped here when the key came back (the unlock went on with 256 MiB more in the app).
    await deriveKey(passphrase(), new Uint8Array(16), { opslimit: 1, memlimit: 8 * MiB });
    const before = process.memoryUsage().rss;
    await deriveKey(passphrase(), new Uint8Array(16), { opslimit: 1, memlimit: 64 * MiB });
    expect(process.memoryUsage().rss - before).toBeLessThan(32 * MiB);
  });

  it('rejects settings libsodium refuses', async () => {
    await expect(deriveKey(passphrase(), new Uint8Array(16), { opslimit: 0, memlimit: 8 * MiB })).rejects.toThrow();
  });
});
