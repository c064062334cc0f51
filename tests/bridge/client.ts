import { buildApi } from '../../shared/ipc/api';
import { BRIDGE_IPC_PATH, BRIDGE_TOKEN_FRAGMENT, BRIDGE_TOKEN_HEADER } from './protocol';

// Stands in for the preload when the renderer runs in a plain browser: the same API, built
// from the same contract, carried over HTTP to the real core on 127.0.0.1.
const KEY = 'safehold-bridge-token';
const fragment = location.hash.startsWith(`#${BRIDGE_TOKEN_FRAGMENT}`)
  ? location.hash.slice(BRIDGE_TOKEN_FRAGMENT.length + 1)
  : null;
if (fragment) {
  sessionStorage.setItem(KEY, fragment);
  history.replaceState(null, '', location.pathname);
}
const token = sessionStorage.getItem(KEY) ?? '';

Object.defineProperty(window, 'safehold', {
  value: buildApi(async (channel, argument) => {
    const response = await fetch(BRIDGE_IPC_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [BRIDGE_TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, argument }),
    });
    return response.json();
  }),
  writable: false,
  configurable: false,
});
