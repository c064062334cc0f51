/** Safehold makes no network request at all: the session cancels every request whose URL matches these patterns. */
export const BLOCKED_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

/** Web schemes the app never serves; the shell switches them off in its session. */
export const DISABLED_SCHEMES = ['http', 'https', 'ws', 'wss', 'ftp', 'file'] as const;
