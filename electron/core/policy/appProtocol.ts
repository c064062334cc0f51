import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './origin';

export type AppRequestDecision =
  | { ok: true; filePath: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404 | 405; reason: string };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  // The Russian dictionaries the editor's engine worker reads (renderer/src/workflow/engine).
  '.dawg': 'application/octet-stream',
  '.intdawg': 'application/octet-stream',
  '.array': 'application/octet-stream',
};

/**
 * Maps an app:// request to a file inside the built renderer, or refuses it. Any
 * percent-encoded dot or slash is refused outright rather than decoded, and the result is
 * checked with path.relative so that no spelling of ../ escapes the root.
 */
export function resolveAppRequest(rootDir: string, method: string, rawUrl: string): AppRequestDecision {
  if (method !== 'GET') return { ok: false, status: 405, reason: 'only GET is served' };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400, reason: 'malformed URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: 'foreign origin' };
  }
  const rawPath = rawUrl.slice(rawUrl.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/)[0] ?? '';
  if (/%2e|%2f|%5c|%00|\\/i.test(rawPath) || rawPath.split('/').includes('..')) {
    return { ok: false, status: 403, reason: 'path traversal' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed path' };
  }
  const relativeRequest = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relativeRequest);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403, reason: 'outside the renderer' };
  }
  const contentType = CONTENT_TYPES[path.extname(filePath).toLowerCase()];
  if (!contentType) return { ok: false, status: 404, reason: 'unknown file type' };
  return { ok: true, filePath, contentType };
}
