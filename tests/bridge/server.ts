import { SafeholdError } from '../../shared/errors';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_ARGUMENT_BYTES } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import { browserShell, createCoreHandlers } from '../../electron/core/ipc/handlers';
import { dispatch } from '../../electron/core/ipc/dispatch';
import { resolveAppRequest } from '../../electron/core/policy/appProtocol';
import { SECURITY_HEADERS } from '../../electron/core/policy/csp';
import { APP_ORIGIN } from '../../electron/core/policy/origin';
import { openConfBackend } from '../../electron/core/prefs/confBackend';
import { createPrefsStore } from '../../electron/core/prefs/prefsStore';
import type { KdfParams } from '../../electron/core/crypto/sodium';
import { VaultService } from '../../electron/core/vault/vaultService';
import { BRIDGE_CLIENT_PATH, BRIDGE_IPC_PATH, BRIDGE_TOKEN_FRAGMENT, BRIDGE_TOKEN_HEADER } from './protocol';

export interface BridgeOptions {
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** The built bridge client (dist/dev/bridge-client.js). */
  clientFile: string;
  /** Where preferences are kept for this run. */
  dataDir: string;
  port?: number;
  /** Argon2id settings for tests; the preview calibrates like the app. */
  kdf?: KdfParams;
}

export interface Bridge {
  origin: string;
  /** Open this URL: it carries the token in its fragment, which never reaches a server log. */
  url: string;
  close(): Promise<void>;
}

const BODY_LIMIT = MAX_ARGUMENT_BYTES + 4096;

function sameToken(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const buffer = Buffer.from(given);
  return buffer.length === expected.length && timingSafeEqual(buffer, expected);
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

/**
 * The development and test stand-in for Electron's IPC: the real core behind the same
 * dispatch as main, reachable only on 127.0.0.1, only from its own origin, only with its
 * random token. It exists in dist/dev and in tests, never in a package.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = randomBytes(32).toString('hex');
  const expected = Buffer.from(token);
  const prefs = createPrefsStore(openConfBackend(options.dataDir));
  const handlers = createCoreHandlers({
    prefs,
    vaults: new VaultService({ ...(options.kdf ? { kdf: options.kdf } : {}), onOpen: (folder) => prefs.update({ lastVaultFolder: folder }) }),
    shell: browserShell,
    version: '0.1.0',
    preview: true,
  });
  let origin = '';

  const server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'POST' && url === BRIDGE_IPC_PATH) {
      if (request.headers.origin !== origin || !sameToken(request.headers[BRIDGE_TOKEN_HEADER], expected)) {
        return send(response, 403, 'application/json', JSON.stringify(fail(new SafeholdError('ipc.forbiddenSender'))));
      }
      const body = await readBody(request);
      if (body === null) {
        response.setHeader('Connection', 'close');
        return send(response, 413, 'application/json', JSON.stringify(fail(new SafeholdError('ipc.bodyTooLarge'))));
      }
      let message: { channel?: unknown; argument?: unknown };
      try {
        message = JSON.parse(body) as typeof message;
      } catch {
        return send(response, 400, 'application/json', JSON.stringify(fail(new SafeholdError('ipc.notJson'))));
      }
      const result = await dispatch(handlers, message.channel, message.argument);
      return send(response, 200, 'application/json', JSON.stringify(result));
    }
    if (request.method === 'GET' && url === BRIDGE_CLIENT_PATH) {
      return send(response, 200, 'text/javascript; charset=utf-8', await readFile(options.clientFile));
    }
    const decision = resolveAppRequest(options.rendererDir, request.method ?? '', `${APP_ORIGIN}${url}`);
    if (!decision.ok) return send(response, decision.status, 'text/plain', String(decision.status));
    try {
      let body: Buffer | string = await readFile(decision.filePath);
      if (decision.filePath.endsWith(`${path.sep}index.html`)) {
        body = body
          .toString('utf8')
          .replace('<script type="module"', `<script src="${BRIDGE_CLIENT_PATH}"></script>\n    <script type="module"`);
      }
      return send(response, 200, decision.contentType, body);
    } catch {
      return send(response, 404, 'text/plain', '404');
    }
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/index.html#${BRIDGE_TOKEN_FRAGMENT}${token}`,
    close: () =>
      new Promise((resolve) => {
        // The browser keeps idle connections open; without this, close() waits for them.
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
