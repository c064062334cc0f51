import { existsSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { damageText, english } from '../../../shared/errors';
import { ADMIN, fixture, newVault, removeTempFolders, TEST_KDF } from '../../../tests/helpers/vault';
import { frame, splitFrames } from './framing';
import { encodeRecord } from './records';
import { Vault } from './vault';

afterEach(removeTempFolders);

const caseFile = (dir: string, id: string) => path.join(dir, 'cases', `${id}.rec`);

/** The byte length of a frame file's first `keep` frames. */
function cutTo(file: string, keep: number): void {
  const { frames } = splitFrames(new Uint8Array(readFileSync(file)));
  truncateSync(file, frames.slice(0, keep).reduce((n, f) => n + 4 + f.length, 0));
}

const frameCount = (file: string) => splitFrames(new Uint8Array(readFileSync(file))).frames.length;

async function reopen(dir: string): Promise<Vault> {
  const vault = await Vault.open(dir, { kdf: TEST_KDF });
  await vault.unlock(ADMIN.name, ADMIN.passphrase);
  return vault;
}

/** Problems of verify, as one text per problem. */
const verified = (vault: Vault) => vault.verify().problems.map((p) => english(damageText(p)));
/** The warnings of the unlock, in English as the command line prints them. */
const warned = (vault: Vault) => vault.status().warnings.map((w) => english(w));

async function vaultWithCases() {
  const { vault, dir } = await newVault();
  const a = vault.createCase(fixture('own-01-lida-teacher'));
  const b = vault.createCase(fixture('own-03-hrodna-exile'));
  return { vault, dir, a, b };
}

describe('the audit log is anchored', () => {
  it('names a deleted audit log at unlock and in verify, and still opens every case', async () => {
    const { vault, dir, a } = await vaultWithCases();
    vault.lock();
    rmSync(path.join(dir, 'audit.log'));
    const v = await reopen(dir);
    expect(warned(v).join('\n')).toMatch(/audit log was deleted/);
    expect(verified(v).join('\n')).toMatch(/audit log was deleted/);
    expect(v.get(a.id).id).toBe(a.id);
    v.lock();
  });

  it('names the last entries cut from the audit log', async () => {
    const { vault, dir } = await vaultWithCases();
    vault.get(vault.list()[0]!.id);
    vault.lock();
    const log = path.join(dir, 'audit.log');
    cutTo(log, frameCount(log) - 2);
    const v = await reopen(dir);
    expect(warned(v).join('\n')).toMatch(/its last 2 entries were cut/);
    expect(verified(v).join('\n')).toMatch(/its last 2 entries were cut/);
    v.lock();
  });

  it('names an audit log replaced by another one of the same length', async () => {
    const { vault, dir } = await vaultWithCases();
    vault.lock();
    const log = path.join(dir, 'audit.log');
    const { frames } = splitFrames(new Uint8Array(readFileSync(log)));
    // The same entries, the last one swapped for the first: the count is right, the head is not.
    writeFileSync(log, Buffer.concat([...frames.slice(0, -1), frames[0]!].map((f) => frame(f))));
    const v = await reopen(dir);
    expect(warned(v).join('\n')).toMatch(/replaced or rewritten/);
    v.lock();
  });

  it('names a deleted head record', async () => {
    const { vault, dir } = await vaultWithCases();
    vault.lock();
    rmSync(path.join(dir, 'head.rec'));
    const v = await reopen(dir);
    expect(warned(v).join('\n')).toMatch(/head\.rec is missing/);
    expect(verified(v).join('\n')).toMatch(/head\.rec is missing/);
    v.lock();
  });

  it('names a deleted failed-unlock log, which reset the wait, and a hand-made reset marker', async () => {
    const { vault, dir } = await vaultWithCases();
    vault.lock();
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    for (let i = 0; i < 3; i++) await expect(v.unlock(ADMIN.name, `wrong passphrase ${i}`)).rejects.toMatchObject({ code: 'unauthorized' });
    expect(v.unlockDelay()).toBe(2);
    rmSync(path.join(dir, 'attempts.log'));
    expect(v.unlockDelay()).toBe(0);
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(warned(v).join('\n')).toMatch(/attempts\.log has 0 entries, but \d+ had been recorded: it was cut or deleted/);
    expect(verified(v).join('\n')).toMatch(/attempts\.log/);
    v.lock();

    await expect(v.unlock(ADMIN.name, 'wrong passphrase again')).rejects.toMatchObject({ code: 'unauthorized' });
    writeFileSync(path.join(dir, 'attempts.log'), frame(new Uint8Array([...Buffer.from('SHUNLOCK'), ...new Uint8Array(40)])), { flag: 'a' });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(warned(v).join('\n')).toMatch(/entries Safehold did not write/);
    // The three failures in the deleted log are lost; the one after it is not.
    expect(v.audit().entries.filter((e) => e.action === 'unlock-failed').length).toBe(1);
    v.lock();
  });

  it('opens without warnings after ordinary use, lock and unlock, failed attempts and a key rotation', async () => {
    const { vault, dir, a } = await vaultWithCases();
    await vault.addUser('Leaving User', 'leaving passphrase one', ['intake']);
    vault.saveCase(a.id, 1, fixture('own-02-homel-russian'));
    vault.removeUser('Leaving User');
    vault.lock();
    const v = await Vault.open(dir, { kdf: TEST_KDF });
    await expect(v.unlock(ADMIN.name, 'not the passphrase')).rejects.toMatchObject({ code: 'unauthorized' });
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(v.status().warnings).toEqual([]);
    expect(v.verify().problems).toEqual([]);
    v.lock();
  });
});

describe('rollback of a case, the index or its journal', () => {
  it('names an older case file put back with the index journal deleted', async () => {
    const { vault, dir, a } = await vaultWithCases();
    const older = readFileSync(caseFile(dir, a.id));
    vault.saveCase(a.id, 1, fixture('own-02-homel-russian'));
    vault.lock();
    writeFileSync(caseFile(dir, a.id), older);
    rmSync(path.join(dir, 'index.journal'));
    const v = await reopen(dir);
    const warnings = warned(v).join('\n');
    expect(warnings).toMatch(/index\.journal has 0 entries, but the vault head says \d+/);
    const problems = verified(v).join('\n');
    expect(problems).toMatch(new RegExp(`case ${a.id}: the file is version 1, but the audit log records version 2 \\(an older copy was put back\\)`));
    expect(existsSync(caseFile(dir, a.id))).toBe(true);
    v.lock();
  });

  it('lists again, and names, a case whose journal entry was trimmed away', async () => {
    const { vault, dir } = await vaultWithCases();
    const c = vault.createCase(fixture('own-04-babruisk-metrologist'));
    vault.lock();
    const journal = path.join(dir, 'index.journal');
    cutTo(journal, frameCount(journal) - 1);
    const v = await reopen(dir);
    expect(v.list().map((e) => e.id)).toContain(c.id);
    const warnings = warned(v).join('\n');
    expect(warnings).toMatch(/the last 1 were cut/);
    expect(warnings).toMatch(new RegExp(`case ${c.id}: its file was not in the case index`));
    v.lock();
  });

  it('lists a new case whose save a crash stopped before its index entry, without calling it damage', async () => {
    const { vault, dir, a } = await vaultWithCases();
    const s = vault.session();
    // What createCase leaves when killed between writing the file and appending its index entry.
    const record = { ...vault.get(a.id), id: 'crashedNewCase1', version: 1 };
    writeFileSync(caseFile(dir, record.id), encodeRecord(s.vaultKey, vault.vaultId, 'case', record.id, 1, s.generation, record));
    vault.lock();
    const v = await reopen(dir);
    expect(v.status().warnings).toEqual([]);
    expect(v.list().map((e) => e.id)).toContain(record.id);
    expect(v.verify().problems).toEqual([]);
    v.lock();
  });

  it('names a gap in the journal and a case file deleted by hand', async () => {
    const { vault, dir, a, b } = await vaultWithCases();
    vault.createCase(fixture('own-04-babruisk-metrologist'));
    vault.lock();
    const journal = path.join(dir, 'index.journal');
    const { frames } = splitFrames(new Uint8Array(readFileSync(journal)));
    writeFileSync(journal, Buffer.concat(frames.filter((_, i) => i !== 1).map((f) => frame(f))));
    rmSync(caseFile(dir, a.id));
    const v = await reopen(dir);
    expect(warned(v).join('\n')).toMatch(new RegExp(`case ${a.id}: its file is missing`));
    const problems = verified(v).join('\n');
    expect(problems).toMatch(/index\.journal has a gap/);
    expect(problems).toMatch(new RegExp(`case ${a.id}`));
    expect(v.get(b.id).id).toBe(b.id);
    v.lock();
  });
});

describe('a vault from before anchors', () => {
  it('opens without warnings, is anchored from then on, and names a head deleted after that', async () => {
    const { vault, dir } = await vaultWithCases();
    const s = vault.session();
    const key = s.vaultKey.slice();
    const { audit: _anchor, ...users } = s.users;
    vault.lock();
    // As an earlier version left it: no head, a users record without an anchor.
    rmSync(path.join(dir, 'head.rec'));
    writeFileSync(path.join(dir, 'users.rec'), encodeRecord(key, vault.vaultId, 'users', 'users', 9, 1, users));
    const v = await reopen(dir);
    expect(v.status().warnings).toEqual([]);
    expect(existsSync(path.join(dir, 'head.rec'))).toBe(true);
    v.lock();
    rmSync(path.join(dir, 'head.rec'));
    await v.unlock(ADMIN.name, ADMIN.passphrase);
    expect(warned(v).join('\n')).toMatch(/head\.rec is missing/);
    v.lock();
  });
});
