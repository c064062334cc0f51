import { mkdtempSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_IPC_PATH, BRIDGE_TOKEN_HEADER } from './protocol';
import { startBridge, type Bridge } from './server';

let bridge: Bridge;
let token: string;

beforeAll(async () => {
  bridge = await startBridge({
    rendererDir: path.resolve('dist/renderer'),
    clientFile: path.resolve('dist/dev/bridge-client.js'),
    dataDir: mkdtempSync(path.join(tmpdir(), 'safehold-bridge-')),
  });
  token = bridge.url.split('#bridge=')[1]!;
});
afterAll(() => bridge.close());

const call = (body: unknown, headers: Record<string, string>) =>
  fetch(`${bridge.origin}${BRIDGE_IPC_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('the test bridge', () => {
  it('listens on 127.0.0.1 only, with a long random token', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers its own page, through the same contract and validation', async () => {
    const good = await call({ channel: 'app:info' }, { origin: bridge.origin, [BRIDGE_TOKEN_HEADER]: token });
    expect(await good.json()).toEqual({ ok: true, value: { name: 'Safehold', version: '0.1.0', preview: true } });
    const bad = await call({ channel: 'prefs:set', argument: { autoLockMinutes: 1, x: 1 } }, { origin: bridge.origin, [BRIDGE_TOKEN_HEADER]: token });
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses a caller without the token or from another origin', async () => {
    expect((await call({ channel: 'app:info' }, { origin: bridge.origin })).status).toBe(403);
    expect((await call({ channel: 'app:info' }, { origin: bridge.origin, [BRIDGE_TOKEN_HEADER]: '0'.repeat(64) })).status).toBe(403);
    expect((await call({ channel: 'app:info' }, { origin: 'http://evil.example', [BRIDGE_TOKEN_HEADER]: token })).status).toBe(403);
  });

  it('refuses an oversized body', async () => {
    const big = await call({ channel: 'prefs:set', argument: { lastVaultFolder: 'x'.repeat(3 * 1024 * 1024) } }, { origin: bridge.origin, [BRIDGE_TOKEN_HEADER]: token });
    expect(big.status).toBe(413);
  });

  it('serves the renderer with its security headers and refuses traversal', async () => {
    const page = await fetch(`${bridge.origin}/index.html`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('__safehold-bridge/client.js');
    // node:http sends the path as written; fetch would normalise the dots away first.
    const status = await new Promise<number>((resolve) =>
      get({ host: '127.0.0.1', port: new URL(bridge.origin).port, path: '/%2e%2e/package.json' }, (res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });
});
