import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, newVault, removeTempFolders, TEST_KDF } from '../../../tests/helpers/vault';
import { Vault } from './vault';

const lida = JSON.parse(readFileSync('tests/fixtures/own-01-lida-teacher.case.json', 'utf8')) as { subject: Record<string, unknown> };
const named = (fullName: string, city: string) => ({ ...lida, subject: { ...lida.subject, fullName, otherNames: [], city } });

afterEach(removeTempFolders);

async function search(vault: Vault, query: string): Promise<string[]> {
  const page = await vault.casePage({ sort: 'updatedAt', descending: true, state: null, query, language: 'en', offset: 0, limit: 100 });
  return page.rows.map((row) => row.id);
}

describe('searching the case index', () => {
  it('finds cases by any spelling, keeps up with saves, and survives a lock and unlock', async () => {
    const { vault, dir } = await newVault();
    const sergei = vault.createCase(named('Сергей Коваленко', 'Гродно'));
    const volha = vault.createCase(named('Volha Novik', 'Brest'));
    expect(await search(vault, 'Siarhei')).toEqual([sergei.id]);
    expect(await search(vault, 'hrodna')).toEqual([sergei.id]);
    expect(await search(vault, 'Вольга')).toEqual([volha.id]);
    vault.saveCase(volha.id, volha.version, named('Volha Zhuk', 'Brest'));
    expect(await search(vault, 'Жук')).toEqual([volha.id]);
    expect(await search(vault, 'Novik')).toEqual([]);
    vault.lock();
    const reopened = await Vault.open(dir, { kdf: TEST_KDF });
    await reopened.unlock(ADMIN.name, ADMIN.passphrase);
    expect(await search(reopened, 'Zhuk')).toEqual([volha.id]);
    expect(await search(reopened, '')).toHaveLength(2);
    reopened.lock();
    await expect(search(reopened, 'Zhuk')).rejects.toThrow('locked');
  });
});
