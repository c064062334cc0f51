import { globalShortcut, powerMonitor } from 'electron';
import type { VaultService } from '../core/vault/vaultService';
import type { Dispose } from './dispose';

/** The quick-lock shortcut, from anywhere on the desktop (a coerced unlock can be undone in a second). */
export const QUICK_LOCK_ACCELERATOR = 'CommandOrControl+Shift+L';

/**
 * Locks the vault when the computer sleeps or its screen locks, and on the quick-lock
 * shortcut. The renderer notices within seconds and forgets what it showed.
 */
export function installAutoLock(vaults: VaultService): Dispose {
  const lock = () => vaults.lock();
  powerMonitor.on('suspend', lock);
  powerMonitor.on('lock-screen', lock);
  globalShortcut.register(QUICK_LOCK_ACCELERATOR, lock);
  return () => {
    powerMonitor.off('suspend', lock);
    powerMonitor.off('lock-screen', lock);
    globalShortcut.unregister(QUICK_LOCK_ACCELERATOR);
  };
}
