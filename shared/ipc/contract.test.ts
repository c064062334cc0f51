import { describe, expect, it, vi } from 'vitest';
import { buildApi } from './api';
import { CHANNELS } from './channels';
import { CONTRACT } from './contract';

describe('the IPC contract', () => {
  it('names every channel domain:verb, once', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-z][a-zA-Z]*$/);
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNELS].sort());
  });

  it('builds an API with exactly one method per channel and nothing else', () => {
    const api = buildApi(async () => undefined) as unknown as Record<string, Record<string, unknown>>;
    const exposed = Object.entries(api).flatMap(([domain, methods]) =>
      Object.keys(methods).map((verb) => `${domain}:${verb}`),
    );
    expect(exposed.sort()).toEqual([...CHANNELS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const methods of Object.values(api)) expect(Object.isFrozen(methods)).toBe(true);
  });

  it('passes the channel and argument through and returns the value untouched', async () => {
    const invoke = vi.fn(async () => ({ ok: true, value: 1 }));
    const api = buildApi(invoke);
    await expect(api.prefs.set({ autoLockMinutes: 3 })).resolves.toEqual({ ok: true, value: 1 });
    expect(invoke).toHaveBeenCalledWith('prefs:set', { autoLockMinutes: 3 });
  });

  it('uses strict objects everywhere: unknown keys are refused', () => {
    expect(CONTRACT['prefs:set'].request.safeParse({ language: 'en', extra: 1 }).success).toBe(false);
    expect(CONTRACT['app:info'].response.safeParse({ name: 'Safehold', version: '1', preview: false, key: 'x' }).success).toBe(false);
  });
});
