import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openConfBackend } from '../../electron/core/prefs/confBackend';
import { createPrefsStore } from '../../electron/core/prefs/prefsStore';
import { backupVault } from '../../electron/core/vault/backup';
import { Vault } from '../../electron/core/vault/vault';
import { ADMIN, fixture, removeTempFolders, tempFolder, TEST_KDF } from '../helpers/vault';


afterAll(removeTempFolders);

function filesUnder(dir: string, since: number): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      try {
        out.push(...filesUnder(full, since));
      } catch {
        // A folder of another process that we may not read.
      }
    } else if (stat.mtimeMs >= since && stat.size < 20_000_000) out.push(full);
  }
  return out;
}

describe('after a full session', () => {
  it('the vault folder, the temp folder and the preferences hold none of the plaintext', async () => {
    const started = Date.now() - 1000;
    const prefsDir = tempFolder('safehold-prefs-');
    const prefs = createPrefsStore(openConfBackend(prefsDir));
    const dir = path.join(tempFolder(), 'vault');
    prefs.update({ lastVaultFolder: dir, language: 'be' });
    // Markers made now, so that no source file or compiled test (which the test runner
    // caches in the temp folder) can hold them.
    const marker = () => `Qz${randomBytes(9).toString('hex')}`;
    const [surname, title, text, email, passphrase, second] = [marker(), marker(), marker(), marker(), `${marker()} passphrase`, `${marker()} passphrase`];
    const { vault } = await Vault.create(dir, { adminName: ADMIN.name, passphrase, kdf: TEST_KDF });
    const base = fixture('own-02-homel-russian') as { subject: Record<string, unknown> };
    const distinctive = { ...base, subject: { ...base.subject, fullName: `Uladzislau ${surname}`, emails: [`${email}@example.org`] } };
    const id = vault.createCase(distinctive).id;
    vault.saveCase(id, 1, { ...distinctive, story: { title, text: `The marker phrase ${text} stays secret.` } });
    vault.importCases([{ name: 'x.json', content: JSON.stringify({ ...distinctive, story: { text: `${text} again` } }) }]);
    await vault.addUser('Second User', second, ['reviewer']);
    backupVault(vault, tempFolder('safehold-backup-'));
    vault.removeUser('Second User');
    vault.lock();

    const needles = [surname, title, text, email, passphrase, second];
    const files = [...new Set([...filesUnder(dir, 0), ...filesUnder(prefsDir, 0), ...filesUnder(tmpdir(), started)])];
    expect(files.length).toBeGreaterThan(5);
    const hits: string[] = [];
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        continue;
      }
      for (const needle of needles) {
        if (bytes.includes(Buffer.from(needle)) || bytes.includes(Buffer.from(needle, 'utf16le'))) hits.push(`${file}: ${needle}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
