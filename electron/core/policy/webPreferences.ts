/**
 * The renderer's powers, decided once. Each value is the restrictive one; main passes this
 * object to every BrowserWindow and no window is created any other way.
 */
export function secureWebPreferences(preloadPath: string, isPackaged: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium's experimental web platform features and any Blink feature switched on by name
    // are attack surface no screen needs.
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Chromium's spellchecker downloads its dictionaries: a network request we never make.
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools: !isPackaged,
    safeDialogs: true,
  } as const;
}
