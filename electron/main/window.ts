import { BrowserWindow } from 'electron';
import type { Preferences } from '../../shared/prefs/schema';
import { APP_ENTRY_URL } from '../core/policy/origin';
import { secureWebPreferences } from '../core/policy/webPreferences';

export function createMainWindow(
  preloadPath: string,
  isPackaged: boolean,
  bounds: Preferences['windowBounds'],
): BrowserWindow {
  const window = new BrowserWindow({
    ...(bounds ?? { width: 1200, height: 800 }),
    minWidth: 800,
    minHeight: 560,
    // A fixed title: case data must never reach the window title or the task switcher.
    title: 'Safehold',
    show: false,
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(preloadPath, isPackaged),
  });
  window.on('page-title-updated', (event) => event.preventDefault());
  // Keeps screen sharing and screenshot tools from capturing case data where the OS allows.
  window.setContentProtection(true);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
