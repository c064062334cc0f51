import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { MAX_ARGUMENT_BYTES } from '../../../shared/ipc/contract';
import { DEFAULT_PREFERENCES } from '../../../shared/prefs/schema';
import { SafeholdError } from '../../../shared/errors';
import { removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { openConfBackend } from '../prefs/confBackend';
import { createPrefsStore } from '../prefs/prefsStore';
import { VaultService } from '../vault/vaultService';
import { dispatch, type Handlers } from './dispatch';
import { browserShell, createCoreHandlers } from './handlers';

afterAll(removeTempFolders);

const handlers: Handlers = createCoreHandlers({
  prefs: createPrefsStore(openConfBackend(tempFolder('safehold-prefs-'))),
  vaults: new VaultService({ kdf: TEST_KDF }),
  shell: browserShell,
  version: '1.0.0',
  preview: false,
});

const malformed: unknown[] = [42, 'text', [], { toString: 'x' }, null, { language: 'xx' }, { autoLockMinutes: 0 }, { autoLockMinutes: 1.5 }];

describe('dispatch', () => {
  it('answers a valid call with a value', async () => {
    expect(await dispatch(handlers, 'prefs:set', { autoLockMinutes: 10 })).toEqual({
      ok: true,
      value: { ...DEFAULT_PREFERENCES, autoLockMinutes: 10 },
    });
  });

  it.each(CHANNELS)('%s refuses malformed, oversized and extra-key input', async (channel) => {
    for (const argument of malformed) {
      const result = await dispatch(handlers, channel, argument);
      expect(result.ok, `${channel} accepted ${JSON.stringify(argument)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
    }
    const extra = await dispatch(handlers, channel, { unexpected: true });
    expect(extra.ok).toBe(false);
    const huge = await dispatch(handlers, channel, { lastVaultFolder: 'x'.repeat(MAX_ARGUMENT_BYTES + 1) });
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('names the field that is wrong', async () => {
    const result = await dispatch(handlers, 'prefs:set', { autoLockMinutes: 500 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('prefs:set: autoLockMinutes');
  });

  it('carries a refused field as a key and parameters the renderer words', async () => {
    const result = await dispatch(handlers, 'prefs:set', { autoLockMinutes: 500 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-argument',
        key: 'ipc.invalidArgument',
        params: { channel: 'prefs:set' },
        issues: [{ path: 'autoLockMinutes', key: 'schema.tooBig', params: { maximum: 120 } }],
        message: 'prefs:set: autoLockMinutes: too big: at most 120',
      },
    });
  });

  it('refuses channels outside the contract', async () => {
    for (const channel of ['vault:steal', 'prefs', 42, undefined, '__proto__', 'constructor']) {
      expect(await dispatch(handlers, channel, undefined)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('turns a typed error into its code, key and parameters, and anything else into a message without internals', async () => {
    const failing: Handlers = {
      ...handlers,
      'prefs:get': () => {
        throw new SafeholdError('case.notFound', { id: 'c-1' });
      },
      'app:info': () => {
        throw new Error('/home/secret/path at line 3');
      },
    };
    expect(await dispatch(failing, 'prefs:get', undefined)).toEqual({
      ok: false,
      error: { code: 'not-found', key: 'case.notFound', params: { id: 'c-1' }, message: 'There is no case c-1 in this vault.' },
    });
    const internal = await dispatch(failing, 'app:info', undefined);
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
  });

  it('never lets a value the contract does not name leave main', async () => {
    const leaky: Handlers = {
      ...handlers,
      'prefs:get': () => ({ ...DEFAULT_PREFERENCES, vaultKey: 'AAAA' }) as never,
    };
    const result = await dispatch(leaky, 'prefs:get', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
    expect(JSON.stringify(result)).not.toContain('AAAA');
  });
});
