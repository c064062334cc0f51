import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { toBase64 } from '../crypto/sodium';
import { openConfBackend } from '../prefs/confBackend';
import { createPrefsStore } from '../prefs/prefsStore';
import { VaultService } from '../vault/vaultService';
import { dispatch } from './dispatch';
import { browserShell, createCoreHandlers } from './handlers';

afterAll(removeTempFolders);

describe('IPC responses over a whole session', () => {
  it('carry no key bytes, no slot secrets and no passphrase', async () => {
    const vaults = new VaultService({ kdf: TEST_KDF });
    const handlers = createCoreHandlers({ prefs: createPrefsStore(openConfBackend(tempFolder())), vaults, shell: browserShell, version: '1', preview: false });
    const folder = path.join(tempFolder(), 'vault');
    const secrets = ['admin passphrase 2026', 'intake passphrase 2026'];
    const responses: unknown[] = [];
    const call = async (channel: string, argument?: unknown) => {
      const result = await dispatch(handlers, channel, argument);
      responses.push(result);
      expect(result.ok, `${channel}: ${JSON.stringify(result)}`).toBe(true);
      return (result as { value: unknown }).value as Record<string, unknown>;
    };
    await call('vault:create', { folder, adminName: 'Admin', passphrase: secrets[0] });
    await call('users:add', { name: 'Intake', passphrase: secrets[1], roles: ['intake'] });
    const created = await call('cases:create', { data: fixture('own-01-lida-teacher') });
    await call('cases:save', { id: created.id, version: 1, data: fixture('own-04-babruisk-metrologist') });
    await call('cases:get', { id: created.id });
    await call('cases:import', { files: [{ name: 'a.json', content: JSON.stringify(fixture('own-03-hrodna-exile')) }] });
    await call('cases:page', { sort: 'updatedAt', descending: true, state: null, query: 'lida', language: 'en', offset: 0, limit: 50 });
    await call('users:list');
    await call('audit:list');
    await call('vault:verify');
    await call('vault:backup', { folder: tempFolder() });
    await call('vault:status');
    await call('contacts:myCard');
    await call('contacts:writeCard', { folder: tempFolder() });
    await call('contacts:list');
    await call('cases:conflicts');
    await call('publications:list');
    const key = vaults.current().backupMaterial().key;
    const forbidden = [toBase64(key), Buffer.from(key).toString('hex'), Buffer.from(key).toString('base64'), ...secrets];
    const header = JSON.parse(readFileSync(path.join(folder, 'vault.json'), 'utf8')) as { slots: { secrets: string; sealedVaultKey: string; boxPublicKey: string }[] };
    // Public keys too: contact cards go from main to a folder, never through the renderer. The
    // signing keys are no longer in the header (vault format 2): they come from the users record.
    for (const slot of header.slots) forbidden.push(slot.secrets, slot.sealedVaultKey, slot.boxPublicKey);
    for (const name of ['Admin', 'Intake']) forbidden.push(vaults.current().publicKeysOf(name).sign);
    await call('users:remove', { name: 'Intake' });
    forbidden.push(toBase64(vaults.current().backupMaterial().key));
    await call('vault:lock');
    const all = JSON.stringify(responses);
    for (const value of forbidden) expect(all.includes(value), `a response holds ${value.slice(0, 8)}…`).toBe(false);
  });
});
