import type { SafeholdApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    readonly safehold?: SafeholdApi;
  }
}

/** The preload's API; absent only when the page was opened outside Safehold. */
export function getApi(): SafeholdApi {
  if (!window.safehold) throw new Error('Safehold must be opened from the Safehold app.');
  return window.safehold;
}
