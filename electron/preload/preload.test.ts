import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import { CHANNELS } from '../../shared/ipc/channels';

vi.mock('electron', () => import('../../tests/fakes/electron'));

beforeAll(async () => {
  await import('./preload');
});

describe('the preload', () => {
  it('exposes one object, window.safehold, and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['safehold']);
  });

  it('has exactly one method per channel of the contract', () => {
    const api = fake.exposed.get('safehold') as Record<string, Record<string, unknown>>;
    const methods = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`));
    expect(methods.sort()).toEqual([...CHANNELS].sort());
  });

  it('forwards the argument alone and returns main\u2019s value, never an IPC event', async () => {
    const api = fake.exposed.get('safehold') as { vault: { unlock: (a: unknown) => Promise<unknown> } };
    await expect(api.vault.unlock({ name: 'A', passphrase: 'p' })).resolves.toEqual({ ok: true, value: 'vault:unlock' });
    expect(fake.invoked.at(-1)).toEqual(['vault:unlock', { name: 'A', passphrase: 'p' }]);
  });
});
