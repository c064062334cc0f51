/** What the development bridge and its page agree on; never part of a production build. */
export const BRIDGE_IPC_PATH = '/__safehold-bridge/ipc';
export const BRIDGE_CLIENT_PATH = '/__safehold-bridge/client.js';
export const BRIDGE_TOKEN_HEADER = 'x-safehold-bridge-token';
export const BRIDGE_TOKEN_FRAGMENT = 'bridge=';
