import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import { CHANNELS } from '../../shared/ipc/channels';
import { openConfBackend } from '../core/prefs/confBackend';
import { createPrefsStore } from '../core/prefs/prefsStore';

vi.mock('electron', () => import('../../tests/fakes/electron'));
vi.mock('./preferences', () => ({
  openPreferences: () => createPrefsStore(openConfBackend(mkdtempSync(path.join(tmpdir(), 'safehold-shell-')))),
}));

type Handler = (request: Request) => Promise<Response>;
const session = fake.session.defaultSession;

beforeAll(async () => {
  await import('./main');
  fake.app.emit('__ready');
  await new Promise((resolve) => setTimeout(resolve, 10));
});

describe('the shell at start-up', () => {
  it('sandboxes every renderer and holds the single-instance lock', () => {
    expect(fake.calls).toContain('app.enableSandbox');
    expect(fake.calls).toContain('app.requestSingleInstanceLock');
    expect(fake.calls).not.toContain('app.quit');
  });

  it('registers app:// as a standard, secure scheme', () => {
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('opens one window with the secure preferences, content protection and our origin', () => {
    expect(fake.windows).toHaveLength(1);
    const [window] = fake.windows;
    const prefs = window!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(window!.contentProtection).toBe(true);
    expect(window!.loadedUrl).toBe('app://safehold/index.html');
    expect(window!.options.title).toBe('Safehold');
  });

  it('keeps the page from changing the window title', () => {
    const event = { preventDefault: vi.fn() };
    fake.windows[0]!.emit('page-title-updated', event, 'Siarhei Hlebau');
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  it('cancels every web request', () => {
    expect(session.state.beforeRequest?.filter.urls).toEqual(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*']);
    const callback = vi.fn();
    session.state.beforeRequest!.listener({ url: 'https://example.org' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });

  it('switches off the web schemes and file://', async () => {
    for (const scheme of ['http', 'https', 'ws', 'wss', 'ftp', 'file']) {
      const handler = session.state.protocolHandlers.get(scheme) as Handler;
      expect(handler, scheme).toBeDefined();
      expect((await handler(new Request('https://example.org/'))).status).toBe(403);
    }
  });

  it('serves app:// with the CSP header and refuses traversal', async () => {
    const handler = session.state.protocolHandlers.get('app') as Handler;
    const refused = await handler({ method: 'GET', url: 'app://safehold/%2e%2e/%2e%2e/etc/passwd' } as Request);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect((await handler(new Request('app://safehold/index.html', { method: 'POST' }))).status).toBe(405);
  });

  it('adds the CSP to every response', () => {
    const callback = vi.fn();
    session.state.headersReceived!({ responseHeaders: {} }, callback);
    const headers = callback.mock.calls[0]![0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']![0]).toContain("frame-ancestors 'none'");
  });

  it('denies every permission request and check, and never downloads dictionaries', () => {
    const callback = vi.fn();
    session.state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.state.permissionCheck!({}, 'notifications')).toBe(false);
    expect(session.state.spellChecker).toBe(false);
    expect(session.state.dictionaryUrl).toBe('data:,');
  });
});

describe('every web contents', () => {
  it('refuses navigation, redirects, webviews and new windows', () => {
    const contents = Object.assign(new fake.Recorder(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, contents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      contents.emit(event, e, 'https://example.org');
      expect(e.preventDefault, event).toHaveBeenCalled();
    }
    const handler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(handler({ url: 'https://example.org' })).toEqual({ action: 'deny' });
  });
});

describe('IPC in the shell', () => {
  const call = (channel: string, url: string | null, mainFrame = true, argument?: unknown) => {
    const frame = url === null ? null : { url };
    const event = { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : {} } };
    return fake.handled.get(channel)!(event, argument) as Promise<unknown>;
  };

  it('registers exactly the channels of the contract', () => {
    expect([...fake.handled.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it.each(CHANNELS)('%s refuses foreign senders', async (channel) => {
    for (const [url, main] of [['https://evil.example/', true], ['app://safehold/index.html', false], [null, true], ['file:///index.html', true]] as const) {
      expect(await call(channel, url, main)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
  });

  it('answers our own page through the contract', async () => {
    expect(await call('app:info', 'app://safehold/index.html')).toEqual({ ok: true, value: { name: 'Safehold', version: '0.1.0', preview: false } });
    expect(await call('prefs:set', 'app://safehold/index.html', true, { autoLockMinutes: 9, extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });
});
