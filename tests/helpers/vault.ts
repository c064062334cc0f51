import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Vault } from '../../electron/core/vault/vault';

/**
 * Argon2id at its smallest, for tests only: the real settings are calibrated per machine
 * (about 0.7 s, 64 MiB) and measured by `npm run bench`; a test suite that unlocks a
 * hundred times cannot wait that long for each.
 */
export const TEST_KDF = { opslimit: 1, memlimit: 8192 };
/**
 * The smallest Argon2id a vault may have outside the test suites (electron/core/crypto/kdfPolicy.ts):
 * for vaults the command line opens, which never takes test settings.
 */
export const FLOOR_KDF = { opslimit: 2, memlimit: 64 * 1024 * 1024 };
export const ADMIN = { name: 'Admin Ala', passphrase: 'correct horse battery staple' };

const folders: string[] = [];

export function tempFolder(prefix = 'safehold-vault-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

export function removeTempFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export async function newVault(kdf = TEST_KDF): Promise<{ vault: Vault; dir: string; recoveryCode: string }> {
  const dir = path.join(tempFolder(), 'vault');
  const { vault, recoveryCode } = await Vault.create(dir, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf });
  return { vault, dir, recoveryCode };
}

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join('tests/fixtures', `${name}.case.json`), 'utf8'));
}
