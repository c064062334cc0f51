import { app, protocol, type Session, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveAppRequest } from '../core/policy/appProtocol';
import { SECURITY_HEADERS } from '../core/policy/csp';
import { allowNavigation, allowWebviewAttach, windowOpenDecision } from '../core/policy/navigation';
import { BLOCKED_URL_PATTERNS, DISABLED_SCHEMES } from '../core/policy/network';
import { APP_SCHEME } from '../core/policy/origin';
import { allowPermission } from '../core/policy/permissions';
import type { Dispose } from './dispose';

/** Must run before `app.ready`: app:// becomes a standard, secure origin for the renderer. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const refuse = (status: number) => new Response(null, { status, headers: SECURITY_HEADERS });

/** Installs every session-wide decision of electron/core/policy. */
export function hardenSession(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const decision = resolveAppRequest(rendererRoot, request.method, request.url);
    if (!decision.ok) return refuse(decision.status);
    try {
      const body = await readFile(decision.filePath);
      return new Response(body, {
        status: 200,
        headers: { ...SECURITY_HEADERS, 'Content-Type': decision.contentType },
      });
    } catch {
      return refuse(404);
    }
  });
  // Web schemes are switched off outright: with no handler they cannot load anything.
  for (const scheme of DISABLED_SCHEMES) {
    session.protocol.handle(scheme, () => refuse(403));
  }
  session.webRequest.onBeforeRequest({ urls: BLOCKED_URL_PATTERNS }, (_details, callback) =>
    callback({ cancel: true }),
  );
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, ...headerLists(SECURITY_HEADERS) } }),
  );
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('data:,');
}

const headerLists = (headers: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]]));

/**
 * Applies to every web contents the app creates from now on, windows and anything else,
 * until disposed; a contents already hardened keeps its guards for its whole life.
 */
export function hardenAllWebContents(): Dispose {
  const harden = (_event: unknown, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => {
      if (!allowWebviewAttach()) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => windowOpenDecision(url));
  };
  app.on('web-contents-created', harden);
  return () => app.off('web-contents-created', harden);
}
