import { BrowserWindow, clipboard, dialog } from 'electron';
import type { ShellServices } from '../core/ipc/handlers';

/** Native folder dialog and clipboard clearing: the two things only the shell can do. */
export function electronShell(): ShellServices {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    async chooseFolder() {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    scheduleClipboardClear(seconds) {
      if (timer) clearTimeout(timer);
      const copied = clipboard.readText();
      // Only what was copied from Safehold is cleared: a later copy elsewhere is left alone.
      timer = setTimeout(() => {
        if (clipboard.readText() === copied) clipboard.clear();
      }, seconds * 1000);
    },
  };
}
