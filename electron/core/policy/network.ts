/**
 * Safehold makes no network request at all. The session cancels every request whose URL
 * matches these patterns, and `isNetworkUrl` is the same decision for any other caller.
 */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

export function isNetworkUrl(url: string): boolean {
  try {
    return NETWORK_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/** Web schemes the app never serves; the shell switches them off in its session. */
export const DISABLED_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file'] as const;
