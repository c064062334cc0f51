import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './csp';
import { allowNavigation, allowWebviewAttach, windowOpenDecision } from './navigation';
import { allowPermission } from './permissions';
import { isTrustedSender } from './sender';
import { secureWebPreferences } from './webPreferences';
import { debuggingSwitches } from './commandLine';

const root = path.resolve('/opt/safehold/renderer');

describe('web preferences', () => {
  it('are the restrictive ones, with devtools only when unpackaged', () => {
    const prefs = secureWebPreferences('/p.cjs', true);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      allowRunningInsecureContent: false,
      devTools: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
    });
    expect(secureWebPreferences('/p.cjs', false).devTools).toBe(true);
  });
});

describe('app:// protocol', () => {
  it('serves files of the built renderer', () => {
    expect(resolveAppRequest(root, 'GET', 'app://safehold/index.html')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest(root, 'GET', 'app://safehold/')).toMatchObject({ ok: true });
    expect(resolveAppRequest(root, 'GET', 'app://safehold/assets/index-1.js?v=1')).toMatchObject({
      ok: true,
      filePath: path.join(root, 'assets', 'index-1.js'),
    });
  });

  it.each([
    'app://safehold/../secret.html',
    'app://safehold/assets/../../secret.js',
    'app://safehold/%2e%2e/secret.js',
    'app://safehold/%2E%2E%2Fsecret.js',
    'app://safehold/assets%2f..%2f..%2fsecret.js',
    'app://safehold/..%5csecret.js',
    'app://safehold/assets\\..\\..\\secret.js',
    'app://safehold/index.html%00.js',
  ])('refuses traversal: %s', (url) => {
    expect(resolveAppRequest(root, 'GET', url).ok).toBe(false);
  });

  it('serves GET only, our host only, known file types only', () => {
    expect(resolveAppRequest(root, 'POST', 'app://safehold/index.html')).toMatchObject({ ok: false, status: 405 });
    expect(resolveAppRequest(root, 'GET', 'app://evil/index.html')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'GET', 'file:///etc/passwd')).toMatchObject({ ok: false, status: 403 });
    expect(resolveAppRequest(root, 'GET', 'app://safehold/vault.key')).toMatchObject({ ok: false, status: 404 });
  });
});

describe('content security policy', () => {
  it('allows nothing by default and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    for (const d of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(CONTENT_SECURITY_POLICY).toContain(`${d} 'none'`);
    }
  });
});

describe('navigation, windows, permissions', () => {
  it('denies every navigation, window and webview', () => {
    for (const url of ['https://example.org', 'app://safehold/index.html', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(allowNavigation(url)).toBe(false);
      expect(windowOpenDecision(url)).toEqual({ action: 'deny' });
    }
    expect(allowWebviewAttach()).toBe(false);
  });

  it('denies every permission', () => {
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      expect(allowPermission(p)).toBe(false);
    }
  });
});

describe('IPC sender', () => {
  it('trusts only the main frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://safehold/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://safehold/index.html', isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ url: 'https://safehold/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: null, isMainFrame: true })).toBe(false);
    expect(isTrustedSender({ url: 'garbage', isMainFrame: true })).toBe(false);
  });
});

describe('command-line switches', () => {
  it('names every remote-debugging and inspector switch, and nothing else', () => {
    expect(debuggingSwitches(['/opt/Safehold/safehold', '--remote-debugging-port=9222', '--inspect=9229', '--remote-debugging-pipe', '--js-flags=--allow-natives-syntax', '--inspect-brk', '--lang=be', 'app.asar'])).toEqual([
      '--remote-debugging-port=9222', '--inspect=9229', '--remote-debugging-pipe', '--js-flags=--allow-natives-syntax', '--inspect-brk',
    ]);
    expect(debuggingSwitches(['/opt/Safehold/safehold', '--lang=ru'])).toEqual([]);
  });
});
