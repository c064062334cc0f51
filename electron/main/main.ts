import { app, BrowserWindow, ipcMain, session } from 'electron';
import path from 'node:path';
import { createCoreHandlers } from '../core/ipc/handlers';
import { debuggingSwitches } from '../core/policy/commandLine';
import { VaultService } from '../core/vault/vaultService';
import { installAutoLock } from './autoLock';
import { disposeAll } from './dispose';
import { installMainIdleLock } from './idleLock';
import { hardenAllWebContents, hardenSession, registerAppScheme } from './hardening';
import { registerIpcHandlers } from './ipc';
import { openPreferences } from './preferences';
import { electronShell } from './shellServices';
import { createMainWindow } from './window';

// A packaged build never runs with a remote debugger or an inspector attached: either could
// read decrypted cases and keys out of memory.
const refusedSwitches = app.isPackaged ? debuggingSwitches(process.argv) : [];
if (refusedSwitches.length) {
  process.stderr.write(`Safehold does not start with ${refusedSwitches.join(' ')}: a debugger could read the vault.\n`);
  app.exit(1);
}

// Every renderer is sandboxed, including any we did not create ourselves.
app.enableSandbox();
// The crash reporter is never started: a crash dump could hold decrypted case data, and
// nothing may be uploaded anywhere.

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenAllWebContents();

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    const distDir = path.join(__dirname, '..');
    hardenSession(session.defaultSession, path.join(distDir, 'renderer'));
    const prefs = openPreferences();
    const vaults = new VaultService({ onOpen: (folder) => prefs.update({ lastVaultFolder: folder }) });
    const stopIpc = registerIpcHandlers(ipcMain, createCoreHandlers({ prefs, vaults, shell: electronShell(), version: app.getVersion(), preview: false }));
    const stopAutoLock = installAutoLock(vaults);
    app.on('before-quit', () => vaults.close());
    const window = createMainWindow(
      path.join(distDir, 'preload', 'preload.cjs'),
      app.isPackaged,
      prefs.read().windowBounds,
    );
    const stopIdleLock = installMainIdleLock(vaults, window.webContents, () => prefs.read().autoLockMinutes);
    // The guards of hardenAllWebContents stay to the end of the process: nothing is gained by lifting them.
    app.on('will-quit', disposeAll([stopIpc, stopAutoLock, stopIdleLock]));
    window.on('close', () => {
      const { x, y, width, height } = window.getBounds();
      prefs.update({ windowBounds: { x, y, width, height } });
    });
  });

  app.on('window-all-closed', () => app.quit());
}
