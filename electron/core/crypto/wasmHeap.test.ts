import { textOf } from '../../../shared/errors';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, fixture, newVault, removeTempFolders, TEST_KDF } from '../../../tests/helpers/vault';
import { Vault } from '../vault/vault';
import { hash, newKey, open, seal, utf8, wasmMemorySnapshot, wipeScratch } from './sodium';

afterAll(removeTempFolders);

function count(haystack: Uint8Array, needle: Uint8Array): number {
  let found = 0;
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first!); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first!, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    found++;
  }
  return found;
}

describe('libsodium\'s WebAssembly memory after a lock', () => {
  it('holds neither the vault key nor the audit key nor a name of a case that was read', async () => {
    const { dir, vault } = await newVault();
    const record = vault.createCase(fixture('own-01-lida-teacher'));
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock(ADMIN.name, ADMIN.passphrase);
    const session = again.session();
    const secrets = { 'the vault key': session.vaultKey.slice(), 'the audit key': session.auditPrivateKey.slice() };
    const name = again.get(record.id).data.subject.fullName;
    expect(await again.searchCases(name.split(' ')[0]!)).toContain(record.id);
    again.lock();
    const memory = wasmMemorySnapshot();
    for (const [what, bytes] of Object.entries(secrets)) expect(count(memory, bytes), what).toBe(0);
    expect(count(memory, utf8(name)), name).toBe(0);
    expect(count(memory, utf8(name.split(' ')[0]!)), 'the first name').toBe(0);
  });

  it('keeps no copy of a key or a message after a call, once its scratch is wiped', () => {
    const key = newKey();
    const message = utf8('Ihnat Zhauranak, vul. Savieckaja 4 '.repeat(5));
    const sealed = seal(key, message, utf8('ad'));
    expect(open(key, sealed, utf8('ad'), textOf('part.sealedBox'))).toEqual(message);
    hash(message, key);
    wipeScratch();
    const memory = wasmMemorySnapshot();
    expect(count(memory, key)).toBe(0);
    expect(count(memory, message.subarray(0, 14))).toBe(0);
  });
});
