import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADMIN, FLOOR_KDF, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { appKdf } from '../crypto/kdf';
import type { Header } from './header';
import { legacyUserTag } from './keySlots';
import { Vault } from './vault';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };

type Json = Header;
const readJson = (dir: string): Json => JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8'));
const writeJson = (dir: string, header: Json) => writeFileSync(path.join(dir, 'vault.json'), JSON.stringify(header, null, 2));

async function testVault(): Promise<string> {
  const dir = path.join(tempFolder(), 'vault');
  const { vault } = await Vault.create(dir, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: TEST_KDF });
  await vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  vault.lock();
  return dir;
}

async function unlockAdmin(dir: string): Promise<Vault> {
  const vault = await Vault.open(dir, { kdf: TEST_KDF });
  await vault.unlock(ADMIN.name, ADMIN.passphrase);
  return vault;
}

describe('Argon2 settings in the plain header (KDF downgrade)', () => {
  it('gives new slots the app\'s calibrated settings, never those of a slot in the header', async () => {
    const dir = path.join(tempFolder(), 'vault');
    (await Vault.create(dir, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: FLOOR_KDF })).vault.lock();
    const vault = await Vault.open(dir);
    await vault.unlock(ADMIN.name, ADMIN.passphrase);
    await vault.addUser('Ina Intake', 'intake passphrase 2026', ['intake']);
    vault.lock();
    const calibrated = await appKdf();
    const added = readJson(dir).slots.at(-1)!.kdf;
    expect({ opslimit: added.opslimit, memlimit: added.memlimit }).toEqual(calibrated);
    expect(added.memlimit).toBeGreaterThanOrEqual(64 * 1024 * 1024);
    expect(added.opslimit).toBeGreaterThanOrEqual(3);
  }, 240_000);

  it('refuses settings below the floor before hashing, naming the slot', async () => {
    // The test suites' own settings (1 pass, 8 KiB) are what a downgraded header would say.
    const dir = await testVault();
    const vault = await Vault.open(dir);
    await expect(vault.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(/1 passes is below the minimum of 2; 0\.01 MiB of memory is below the minimum of 64 MiB/) });
  });

  it('refuses settings above the ceiling that would hang the app or exhaust its memory', async () => {
    const dir = await testVault();
    const header = readJson(dir);
    header.slots[0]!.kdf.memlimit = 4 * 1024 * 1024 * 1024;
    header.slots[2]!.kdf.opslimit = 1_000_000;
    writeJson(dir, header);
    const vault = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(vault.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(/4096 MiB of memory is above the maximum of 1024 MiB/) });
    await expect(vault.unlock(REVIEWER.name, REVIEWER.passphrase)).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(/1000000 passes is above the maximum of 32/) });
  });
});

describe('the header is authenticated', () => {
  const cases: [string, (h: Json) => void, RegExp][] = [
    ['a slot\'s Argon2 settings', (h) => { h.slots[1]!.kdf.salt = h.slots[0]!.kdf.salt; }, /the recovery slot \S+ was changed/],
    ['a sealed vault key swapped between slots', (h) => { h.slots[1]!.sealedVaultKey = h.slots[2]!.sealedVaultKey; }, /the recovery slot \S+ was changed/],
    ['the key generation', (h) => { h.keyGeneration = 7; }, /vault fields .* were changed/],
    ['a slot removed', (h) => { h.slots.splice(1, 1); }, /list of slots were changed/],
    ['a slot added', (h) => { h.slots.push({ ...h.slots[2]!, id: 'AAAAAAAAAAAA' }); }, /user slot AAAAAAAAAAAA was changed or added/],
    ['a name tag put back', (h) => { h.slots[2]!.tag = legacyUserTag(h.vaultId, REVIEWER.name); }, /carries a name tag/],
  ];
  for (const [what, change, named] of cases) {
    it(`names ${what} right after unlock, and opens nothing`, async () => {
      const dir = await testVault();
      const header = readJson(dir);
      change(header);
      writeJson(dir, header);
      const vault = await Vault.open(dir, { kdf: TEST_KDF });
      await expect(vault.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(named) });
      expect(vault.status().locked).toBe(true);
    });
  }

  it('accepts its own changes: a passphrase change, a new user, a key rotation', async () => {
    const dir = await testVault();
    const vault = await unlockAdmin(dir);
    await vault.changePassphrase(ADMIN.passphrase, 'seven quiet owls watch the road');
    await vault.addUser('Ina Intake', 'intake passphrase 2026', ['intake']);
    vault.removeUser('Ina Intake');
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock(ADMIN.name, 'seven quiet owls watch the road');
    again.lock();
  });
});

describe('a seized vault does not tie its users to a publication', () => {
  it('keeps signing keys and name tags out of vault.json; each user still unlocks by name', async () => {
    const dir = await testVault();
    const vault = await unlockAdmin(dir);
    const keys = vault.reviewers().map((r) => r.publicKey);
    vault.lock();
    const text = readFileSync(path.join(dir, 'vault.json'), 'utf8');
    const header = JSON.parse(text) as Json;
    expect(keys).toHaveLength(1);
    for (const key of keys) expect(text).not.toContain(key);
    for (const name of [ADMIN.name, REVIEWER.name, 'admin ala', 'rita reviewer']) expect(text).not.toContain(legacyUserTag(header.vaultId, name));
    expect(header.slots.every((s) => s.tag === undefined && s.signPublicKey === undefined)).toBe(true);
    const reviewer = await Vault.open(dir, { kdf: TEST_KDF });
    await reviewer.unlock('rita reviewer', REVIEWER.passphrase);
    expect(reviewer.status().user?.name).toBe(REVIEWER.name);
    reviewer.lock();
    // Another user's passphrase under this name opens nothing.
    await expect(reviewer.unlock(REVIEWER.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('upgrades a vault made by format 1: tags and signing keys leave the header, every user and case still opens', async () => {
    const dir = path.join(tempFolder(), 'vault');
    cpSync('tests/fixtures/vault-format-1', dir, { recursive: true });
    const before = readJson(dir);
    expect(before.formatVersion).toBe(1);
    expect(before.slots.some((s) => s.tag)).toBe(true);
    const admin = await unlockAdmin(dir);
    const [entry] = admin.list();
    expect(admin.get(entry!.id).data.subject.fullName).toBeTruthy();
    const keys = admin.reviewers().map((r) => r.publicKey);
    expect(admin.audit().entries.map((e) => e.action)).toContain('vault-upgrade');
    admin.lock();
    const after = readJson(dir);
    expect(after.formatVersion).toBe(2);
    expect(after.mac).toBeTruthy();
    expect(after.slots.every((s) => s.tag === undefined && s.signPublicKey === undefined && s.mac)).toBe(true);
    for (const key of keys) expect(JSON.stringify(after)).not.toContain(key);
    const reviewer = await Vault.open(dir, { kdf: TEST_KDF });
    await reviewer.unlock('Reviewer Rita', 'reviewer passphrase 2026');
    expect(reviewer.list()).toHaveLength(1);
    expect(reviewer.verify().problems ?? []).toEqual([]);
    reviewer.lock();
  });
});
