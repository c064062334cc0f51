import { BrowserWindow, clipboard, ClipboardItem, dialog } from 'electron';
import { HISTORY_EXCLUSION_FORMATS } from './clipboardPrivacy';
import type { ShellServices } from '../core/ipc/handlers';

/** Native folder and file dialogs and clipboard clearing: the things only the shell can do. */
export function electronShell(): ShellServices {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    async chooseFolder() {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFile() {
      const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = { properties: ['openFile'] as 'openFile'[], filters: [{ name: 'Safehold', extensions: ['safehold-bundle', 'json'] }] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async scheduleClipboardClear(seconds) {
      if (timer) clearTimeout(timer);
      const copied = await clipboard.readText();
      // Written again, in one commit, with the formats that keep it out of clipboard history and sync.
      if (copied) await clipboard.write([new ClipboardItem({ 'text/plain': copied, ...HISTORY_EXCLUSION_FORMATS })]);
      // Only what was copied from Safehold is cleared: a later copy elsewhere is left alone.
      timer = setTimeout(() => {
        void clipboard.readText().then((now) => {
          if (now === copied) clipboard.clear();
        });
      }, seconds * 1000);
    },
  };
}
