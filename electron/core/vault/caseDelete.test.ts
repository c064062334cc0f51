import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, fixture, newVault, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { backupVault, restoreVault } from './backup';
import { Vault } from './vault';

afterEach(removeTempFolders);

const INTAKE = { name: 'Intake Ivan', passphrase: 'seven quiet owls over the marsh' };
const caseFile = (dir: string, id: string) => path.join(dir, 'cases', `${id}.rec`);

async function reopen(dir: string, who = ADMIN): Promise<Vault> {
  const vault = await Vault.open(dir, { kdf: TEST_KDF });
  await vault.unlock(who.name, who.passphrase);
  return vault;
}

/** A vault with two cases: the one to delete (Siamionava) and one that stays (Mazhejka). */
async function twoCases() {
  const { vault, dir } = await newVault();
  const doomed = vault.createCase(fixture('own-03-hrodna-exile'));
  const kept = vault.createCase(fixture('own-01-lida-teacher'));
  return { vault, dir, doomed, kept };
}

describe('deleting a case', () => {
  it('erases it: it no longer opens, is gone from the list and search, and its file is gone', async () => {
    const { vault, dir, doomed, kept } = await twoCases();
    vault.deleteCase(doomed.id, doomed.version);
    expect(() => vault.get(doomed.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(vault.list().map((e) => e.id)).toEqual([kept.id]);
    expect(await vault.searchCases('Siamionava')).toEqual([]);
    expect(existsSync(caseFile(dir, doomed.id))).toBe(false);
    vault.lock();

    // From disk again: nothing of the deleted case comes back, the other case is whole.
    const again = await reopen(dir);
    expect(again.list().map((e) => e.id)).toEqual([kept.id]);
    expect(await again.searchCases('Siamionava')).toEqual([]);
    expect(await again.searchCases('Mazhejka')).toEqual([kept.id]);
    expect(() => again.get(doomed.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(again.verify()).toMatchObject({ ok: true, problems: [] });
    expect(again.list().map((e) => e.id)).toEqual([kept.id]);
    again.lock();
  });

  it('audits the deletion by the case id alone, never its content', async () => {
    const { vault, doomed } = await twoCases();
    vault.deleteCase(doomed.id, doomed.version);
    const entries = vault.audit().entries.filter((e) => e.action === 'case-delete');
    expect(entries).toEqual([expect.objectContaining({ user: ADMIN.name, target: doomed.id })]);
    const everything = JSON.stringify(vault.audit().entries);
    for (const word of ['Siamionava', 'Volha', 'teacher who had to leave']) expect(everything).not.toContain(word);
    vault.lock();
  });

  it('is gone from a backup made afterwards, and from the vault restored from it', async () => {
    const { vault, doomed, kept } = await twoCases();
    vault.deleteCase(doomed.id, doomed.version);
    const { file, entries } = backupVault(vault, tempFolder('safehold-backup-'));
    vault.lock();
    const target = path.join(tempFolder(), 'restored');
    const report = await restoreVault(file, target, ADMIN.name, ADMIN.passphrase, undefined, TEST_KDF);
    expect(report.ok).toBe(true);
    expect(readdirSync(path.join(target, 'cases'))).toEqual([`${kept.id}.rec`]);
    expect(entries).toBeGreaterThan(0);
    const restored = await reopen(target);
    expect(restored.list().map((e) => e.id)).toEqual([kept.id]);
    expect(await restored.searchCases('Siamionava')).toEqual([]);
    expect(() => restored.get(doomed.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
    restored.lock();
  });

  it('is for administrators only: intake is refused and the case stays', async () => {
    const { vault, dir, doomed } = await twoCases();
    await vault.addUser(INTAKE.name, INTAKE.passphrase, ['intake']);
    vault.lock();
    const intake = await reopen(dir, INTAKE);
    expect(() => intake.deleteCase(doomed.id, doomed.version)).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(intake.get(doomed.id).data.subject.fullName).toContain('Siamionava');
    intake.lock();
  });

  it('refuses a case that changed since the person looked at it, or that is not there', async () => {
    const { vault, doomed } = await twoCases();
    vault.saveCase(doomed.id, doomed.version, fixture('own-03-hrodna-exile'));
    expect(() => vault.deleteCase(doomed.id, doomed.version)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(vault.list()).toHaveLength(2);
    expect(() => vault.deleteCase('NoSuchCase1', 1)).toThrow(expect.objectContaining({ code: 'not-found' }));
    vault.lock();
  });

  it('finishes at the next unlock a deletion a crash cut short after the index entry', async () => {
    const { vault, dir, doomed, kept } = await twoCases();
    // The index entry is durable, then the process dies before the file is erased.
    vault.session().index.remove(doomed.id);
    vault.lock();
    expect(existsSync(caseFile(dir, doomed.id))).toBe(true);

    const again = await reopen(dir);
    expect(existsSync(caseFile(dir, doomed.id))).toBe(false);
    expect(again.list().map((e) => e.id)).toEqual([kept.id]);
    expect(again.verify()).toMatchObject({ ok: true });
    expect(again.list().map((e) => e.id)).toEqual([kept.id]);
    expect(again.audit().entries.filter((e) => e.action === 'case-delete').map((e) => e.target)).toEqual([expect.stringMatching(new RegExp(`^${doomed.id}: `))]);
    again.lock();
  });
});
