import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { english, textOf } from '../../../shared/errors';
import { ADMIN, fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { backupVault, restoreVault } from './backup';
import { Vault } from './vault';

afterEach(removeTempFolders);

const caseFile = (id: string) => (dir: string) => path.join(dir, 'cases', `${id}.rec`);

describe('creating and unlocking', () => {
  it('round-trips a case through lock and unlock', async () => {
    const { vault, dir } = await newVault();
    const created = vault.createCase(fixture('own-01-lida-teacher'));
    vault.lock();
    expect(vault.status().locked).toBe(true);
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock(ADMIN.name, ADMIN.passphrase);
    const read = again.get(created.id);
    expect(read.data.subject.fullName).toBe('Katsiaryna Iharauna Mazhejka');
    expect(read.data.story?.text).toContain('Katsiaryna');
    again.lock();
  });

  it('keeps the form as typed beside the valid record until a save without it clears it', async () => {
    const { vault, dir } = await newVault();
    const typed = JSON.stringify({ subject: { birthDate: '31.13.1990' } });
    const created = vault.createCase(fixture('own-01-lida-teacher'), typed);
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock(ADMIN.name, ADMIN.passphrase);
    expect(again.get(created.id).formDraft).toBe(typed);
    for (const file of readdirSync(path.join(dir, 'cases'))) expect(readFileSync(path.join(dir, 'cases', file)).includes('31.13.1990')).toBe(false);
    const fixed = again.saveCase(created.id, created.version, fixture('own-01-lida-teacher'));
    expect(again.get(fixed.id).formDraft).toBeUndefined();
    again.lock();
  });

  it('refuses a wrong passphrase or user as unauthorized, and logs the attempt', async () => {
    const { vault, dir } = await newVault();
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(again.unlock(ADMIN.name, 'wrong passphrase here')).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(again.unlock('Nobody', ADMIN.passphrase)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(again.unlockDelay()).toBe(1);
    await again.unlock(ADMIN.name, ADMIN.passphrase);
    const actions = again.audit().entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'unlock-failed')).toHaveLength(2);
    expect(again.unlockDelay()).toBe(0);
    again.lock();
  });

  it('unlocks with a Cyrillic passphrase typed in another Unicode form', async () => {
    const dir = path.join(tempFolder(), 'v');
    const composed = 'Жыве Беларусь і ўсё будзе добра'.normalize('NFC');
    const { vault } = await Vault.create(dir, { adminName: 'Ганна', passphrase: composed, kdf: TEST_KDF });
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock('ганна', composed.normalize('NFD'));
    expect(again.status().user?.name).toBe('Ганна');
    again.lock();
  });

  it('refuses weak passphrases with a reason', async () => {
    await expect(Vault.create(path.join(tempFolder(), 'v'), { adminName: 'A', passphrase: 'short', kdf: TEST_KDF })).rejects.toThrow(/too short/);
    await expect(Vault.create(path.join(tempFolder(), 'v'), { adminName: 'A', passphrase: 'aaaaaaaaaaaaaaaa', kdf: TEST_KDF })).rejects.toThrow(/too easy to guess \(repeated characters\)/);
  });

  it('refuses every operation while locked', async () => {
    const { vault } = await newVault();
    vault.lock();
    expect(() => vault.list()).toThrow(/locked/);
    expect(() => vault.createCase(fixture('own-01-lida-teacher'))).toThrow(/locked/);
    expect(() => vault.verify()).toThrow(/locked/);
  });

  it('keeps one writer: a second unlock of the same vault is refused while the first holds it', async () => {
    const { vault, dir } = await newVault();
    const other = await Vault.open(dir, { kdf: TEST_KDF });
    writeFileSync(path.join(dir, 'vault.lock'), String(process.ppid));
    await expect(other.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'busy' });
    vault.lock();
  });
});

describe('users and roles', () => {
  it('checks roles in the core', async () => {
    const { vault, dir } = await newVault();
    await vault.addUser('Ira Intake', 'intake passphrase one', ['intake']);
    await vault.addUser('Rita Reviewer', 'reviewer passphrase one', ['reviewer']);
    vault.lock();
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await v.unlock('Rita Reviewer', 'reviewer passphrase one');
    expect(() => v.createCase(fixture('own-01-lida-teacher'))).toThrow(/intake or admin/);
    await expect(v.addUser('X Y', 'another passphrase', ['intake'])).rejects.toMatchObject({ code: 'forbidden' });
    v.lock();
    await v.unlock('Ira Intake', 'intake passphrase one');
    expect(v.createCase(fixture('own-01-lida-teacher')).state).toBe('draft');
    expect(() => v.exportCaseFile(v.list()[0]!.id)).toThrow(/admin/);
    v.lock();
  });

  it('changes a passphrase by rewrapping one slot', async () => {
    const { vault, dir } = await newVault();
    const before = JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8'));
    await vault.changePassphrase(ADMIN.passphrase, 'a brand new passphrase 2026');
    const after = JSON.parse(readFileSync(path.join(dir, 'vault.json'), 'utf8'));
    expect(after.slots[1]).toEqual(before.slots[1]);
    expect(after.slots[0].secrets).not.toBe(before.slots[0].secrets);
    vault.lock();
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(v.unlock(ADMIN.name, ADMIN.passphrase)).rejects.toMatchObject({ code: 'unauthorized' });
    await v.unlock(ADMIN.name, 'a brand new passphrase 2026');
    v.lock();
  });

  it('resets a forgotten passphrase with the recovery code, and catches a typo in the code', async () => {
    const { vault, dir, recoveryCode } = await newVault();
    vault.lock();
    const typo = recoveryCode.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    await expect(Vault.resetWithRecoveryCode(dir, typo, ADMIN.name, 'new passphrase after reset', TEST_KDF)).rejects.toThrow(/typo/);
    await Vault.resetWithRecoveryCode(dir, recoveryCode.toLowerCase().replace(/-/g, ' '), ADMIN.name, 'new passphrase after reset', TEST_KDF);
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await v.unlock(ADMIN.name, 'new passphrase after reset');
    expect(v.audit().entries.some((e) => e.action === 'recovery-reset')).toBe(true);
    v.lock();
  });

  it('removes a user and rotates the key: every case still opens, the old key opens nothing new', async () => {
    const { vault, dir } = await newVault();
    await vault.addUser('Leaving User', 'leaving passphrase one', ['intake']);
    const ids = [vault.createCase(fixture('own-01-lida-teacher')).id, vault.createCase(fixture('own-04-babruisk-metrologist')).id];
    const before = readFileSync(caseFile(ids[0]!)(dir));
    const steps: number[] = [];
    vault.removeUser('Leaving User', (done) => steps.push(done));
    expect(steps.length).toBeGreaterThan(2);
    expect(readFileSync(caseFile(ids[0]!)(dir)).equals(before)).toBe(false);
    for (const id of ids) expect(vault.get(id).id).toBe(id);
    expect(vault.verify().ok).toBe(true);
    vault.lock();
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(v.unlock('Leaving User', 'leaving passphrase one')).rejects.toMatchObject({ code: 'unauthorized' });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(v.list()).toHaveLength(2);
    expect(v.audit().problem).toBeNull();
    v.lock();
  });

  it('undoes a rotation interrupted before its commit', async () => {
    const { vault, dir } = await newVault();
    const id = vault.createCase(fixture('own-01-lida-teacher')).id;
    vault.lock();
    const staging = path.join(dir, 'rotation', 'cases');
    mkdirSync(staging, { recursive: true });
    writeFileSync(path.join(staging, `${id}.rec`), 'half-written');
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    // Opening only reads; the clean-up waits for the vault lock, which unlock takes.
    expect(existsSync(path.join(dir, 'rotation'))).toBe(true);
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(existsSync(path.join(dir, 'rotation'))).toBe(false);
    expect(v.get(id).id).toBe(id);
    v.lock();
  });
});

describe('integrity', () => {
  async function vaultWithCases() {
    const { vault, dir } = await newVault();
    const a = vault.createCase(fixture('own-01-lida-teacher')).id;
    const b = vault.createCase(fixture('own-04-babruisk-metrologist')).id;
    const c = vault.createCase(fixture('own-03-hrodna-exile')).id;
    return { vault, dir, a, b, c };
  }

  it('names a flipped byte, a truncation, a swap, a deletion and a rollback, and still opens the rest', async () => {
    const { vault, dir, a, b, c } = await vaultWithCases();
    const old = readFileSync(caseFile(c)(dir));
    vault.saveCase(c, 1, fixture('own-02-homel-russian'));
    vault.lock();

    const flipped = readFileSync(caseFile(a)(dir));
    flipped[flipped.length - 5]! ^= 0x01;
    writeFileSync(caseFile(a)(dir), flipped);
    writeFileSync(caseFile(c)(dir), old); // rollback to version 1
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    const report = v.verify();
    expect(report.ok).toBe(false);
    const byRecord = Object.fromEntries(report.problems.map((p) => [english(p.record), english(p.problem)]));
    expect(byRecord[`case ${a}`]).toMatch(/integrity/);
    expect(byRecord[`case ${c}`]).toMatch(/older copy/);
    expect(v.get(b).id).toBe(b);
    expect(() => v.get(a)).toThrow(/integrity/);
    v.lock();

    copyFileSync(caseFile(b)(dir), caseFile(a)(dir)); // swap: b's file under a's name
    rmSync(caseFile(b)(dir));
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    const second = Object.fromEntries(v.verify().problems.map((p) => [english(p.record), english(p.problem)]));
    expect(second[`case ${a}`]).toMatch(/integrity|does not match/);
    expect(second[`case ${b}`]).toMatch(/missing/);
    v.lock();

    writeFileSync(caseFile(c)(dir), readFileSync(caseFile(c)(dir)).subarray(0, 20));
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(Object.fromEntries(v.verify().problems.map((p) => [english(p.record), english(p.problem)]))[`case ${c}`]).toMatch(/truncated|integrity/);
    v.lock();
  });

  it('reports the first broken link of the audit chain', async () => {
    const { vault, dir } = await vaultWithCases();
    vault.lock();
    const log = readFileSync(path.join(dir, 'audit.log'));
    // Remove the second frame: every later entry no longer follows its predecessor.
    const first = 4 + log.readUInt32BE(0);
    const second = first + 4 + log.readUInt32BE(first);
    writeFileSync(path.join(dir, 'audit.log'), Buffer.concat([log.subarray(0, first), log.subarray(second)]));
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    const report = v.verify();
    expect(report.problems.find((p) => p.record.key === 'part.auditEntry')?.record).toEqual(textOf('part.auditEntry', { n: 2 }));
  });

  it('repairs the index when a save died between the case file and its index entry', async () => {
    const { vault, dir, a } = await vaultWithCases();
    const journal = path.join(dir, 'index.journal');
    const before = readFileSync(journal);
    vault.saveCase(a, 1, fixture('own-04-babruisk-metrologist'));
    vault.lock();
    writeFileSync(journal, Buffer.concat([before, Buffer.from([0, 0, 1, 0, 9, 9])])); // lost entry, torn tail
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(v.get(a).version).toBe(2);
    expect(v.get(a).data.subject.fullName).toBe('Mikhail Olegovich Tsvirko');
    v.lock();
  });

  it('cleans up temp files an interrupted write left, once it holds the vault lock', async () => {
    const { vault, dir } = await newVault();
    vault.lock();
    writeFileSync(path.join(dir, 'tmp', 'x.tmp'), 'partial');
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual(['x.tmp']);
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(readdirSync(path.join(dir, 'tmp'))).toEqual([]);
    v.lock();
  });
});

describe('import, backup and restore', () => {
  it('imports case files all or nothing, naming the file and field', async () => {
    const { vault } = await newVault();
    const good = { name: 'good.json', content: JSON.stringify(fixture('own-01-lida-teacher')) };
    const bad = { name: 'bad.json', content: JSON.stringify({ ...(fixture('own-04-babruisk-metrologist') as object), subject: { fullName: 'X', birthDate: '03.08.1992' } }) };
    expect(() => vault.importCases([good, bad])).toThrow('bad.json: subject.birthDate: expected YYYY-MM-DD or YYYY');
    expect(vault.list()).toHaveLength(0);
    expect(vault.importCases([good])).toHaveLength(1);
  });

  it('backs up to one verified file and restores it into a new folder', async () => {
    const { vault } = await newVault();
    const id = vault.createCase(fixture('own-03-hrodna-exile')).id;
    const folder = tempFolder('safehold-backup-');
    const { file } = backupVault(vault, folder);
    expect(readFileSync(file).includes(Buffer.from('Siamionava'))).toBe(false);
    vault.lock();
    const target = path.join(tempFolder(), 'restored');
    const progress: number[] = [];
    const report = await restoreVault(file, target, ADMIN.name, ADMIN.passphrase, (done) => progress.push(done), TEST_KDF);
    expect(report.ok).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    const restored = await Vault.open(target, { kdf: TEST_KDF });
    await restored.unlock(ADMIN.name, ADMIN.passphrase);
    expect(restored.get(id).data.subject.fullName).toContain('Siamionava');
    restored.lock();
  });

  it('refuses a damaged backup', async () => {
    const { vault } = await newVault();
    vault.createCase(fixture('own-01-lida-teacher'));
    const { file } = backupVault(vault, tempFolder('safehold-backup-'));
    vault.lock();
    const bytes = readFileSync(file);
    bytes[bytes.length - 3]! ^= 0xff;
    writeFileSync(file, bytes);
    await expect(restoreVault(file, path.join(tempFolder(), 'r'), ADMIN.name, ADMIN.passphrase, undefined, TEST_KDF)).rejects.toMatchObject({ code: 'damaged' });
  });
});


