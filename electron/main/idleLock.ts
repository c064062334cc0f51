import { powerMonitor, type WebContents } from 'electron';
import type { VaultService } from '../core/vault/vaultService';
import type { Dispose } from './dispose';

/** How often main checks the idle time: a lock comes at most this late. */
export const IDLE_CHECK_SECONDS = 15;

/**
 * The main process's own idle lock. The renderer's timer knows about typing in the window,
 * but a hung or crashed renderer runs no timer at all; this one needs nothing from it. It
 * locks when the computer has had no keyboard or mouse input for the auto-lock delay (the
 * OS's idle time, so activity in any app counts), and at once when the renderer dies or
 * stops answering, since nobody can then see or save what it showed.
 */
export function installMainIdleLock(vaults: VaultService, contents: WebContents, autoLockMinutes: () => number): Dispose {
  const lock = () => {
    if (!vaults.status().locked) vaults.lock();
  };
  const timer = setInterval(() => {
    if (powerMonitor.getSystemIdleTime() >= autoLockMinutes() * 60) lock();
  }, IDLE_CHECK_SECONDS * 1000);
  contents.on('render-process-gone', lock);
  contents.on('unresponsive', lock);
  return () => {
    clearInterval(timer);
    contents.off('render-process-gone', lock);
    contents.off('unresponsive', lock);
  };
}
