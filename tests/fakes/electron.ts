/**
 * A stand-in for the 'electron' module that records what the shell installs, so each
 * security decision of electron/main is tested in plain Node (the real module throws there).
 */
type Listener = (...args: unknown[]) => unknown;

export class Recorder {
  listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  off(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  /** Every listener still attached, whatever the event: what a disposer must bring back to zero. */
  listenerCount() {
    return [...this.listeners.values()].reduce((sum, list) => sum + list.length, 0);
  }
  emit(event: string, ...args: unknown[]) {
    return (this.listeners.get(event) ?? []).map((l) => l(...args));
  }
}

export const calls: string[] = [];

export function fakeSession() {
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const state = {
    protocolHandlers,
    beforeRequest: null as null | { filter: { urls: string[] }; listener: Listener },
    headersReceived: null as null | Listener,
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    spellChecker: true,
    dictionaryUrl: '',
  };
  return {
    state,
    protocol: { handle: (scheme: string, handler: (r: Request) => Promise<Response>) => protocolHandlers.set(scheme, handler) },
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => (state.beforeRequest = { filter, listener }),
      onHeadersReceived: (listener: Listener) => (state.headersReceived = listener),
    },
    setPermissionRequestHandler: (l: Listener) => (state.permissionRequest = l),
    setPermissionCheckHandler: (l: Listener) => (state.permissionCheck = l),
    setSpellCheckerEnabled: (on: boolean) => (state.spellChecker = on),
    setSpellCheckerDictionaryDownloadURL: (url: string) => (state.dictionaryUrl = url),
  };
}

export const session = { defaultSession: fakeSession() };

class FakeApp extends Recorder {
  isPackaged = false;
  singleInstance = true;
  enableSandbox() {
    calls.push('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    calls.push('app.requestSingleInstanceLock');
    return this.singleInstance;
  }
  quit() {
    calls.push('app.quit');
  }
  exit(code: number) {
    calls.push(`app.exit(${code})`);
  }
  getVersion() {
    return '0.1.0';
  }
  whenReady() {
    return new Promise<void>((resolve) => this.on('__ready', () => resolve()));
  }
}
export const app = new FakeApp();

export const schemes: unknown[] = [];
export const protocol = { registerSchemesAsPrivileged: (list: unknown[]) => schemes.push(...list) };

export const windows: BrowserWindow[] = [];
export class BrowserWindow extends Recorder {
  contentProtection = false;
  loadedUrl = '';
  webContents = new Recorder();
  constructor(readonly options: Record<string, unknown>) {
    super();
    windows.push(this);
  }
  setContentProtection(on: boolean) {
    this.contentProtection = on;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  getBounds() {
    return { x: 0, y: 0, width: 1200, height: 800 };
  }
  show() {}
  static getAllWindows() {
    return windows;
  }
  static getFocusedWindow() {
    return windows[0] ?? null;
  }
}

export const handled = new Map<string, Listener>();
export const ipcMain = {
  handle: (channel: string, listener: Listener) => handled.set(channel, listener),
  removeHandler: (channel: string) => handled.delete(channel),
};

export const exposed = new Map<string, unknown>();
export const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) };
export const invoked: [string, unknown][] = [];
export const ipcRenderer = {
  invoke: async (channel: string, argument: unknown) => {
    invoked.push([channel, argument]);
    return { ok: true, value: channel };
  },
};

class FakePowerMonitor extends Recorder {
  idleSeconds = 0;
  getSystemIdleTime() {
    return this.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();
export const shortcuts = new Map<string, () => void>();
export const globalShortcut = {
  register: (accelerator: string, callback: () => void) => shortcuts.set(accelerator, callback),
  unregister: (accelerator: string) => shortcuts.delete(accelerator),
  unregisterAll: () => shortcuts.clear(),
};
export class ClipboardItem {
  constructor(readonly items: Record<string, unknown>) {}
  get types() {
    return Object.keys(this.items);
  }
}
/** Electron 45's clipboard: asynchronous, and one write() commits every format of its items at once. */
export const clipboard = {
  text: '',
  formats: [] as string[],
  readText: async () => clipboard.text,
  write: async (items: ClipboardItem[]) => {
    const [item] = items;
    clipboard.text = String(item?.items['text/plain'] ?? '');
    clipboard.formats = item?.types ?? [];
  },
  clear: () => {
    clipboard.text = '';
    clipboard.formats = [];
  },
};
export const dialog = { showOpenDialog: async () => ({ canceled: false, filePaths: ['/chosen/folder'] }) };

export default { app, protocol, session, BrowserWindow, ipcMain, contextBridge, ipcRenderer, powerMonitor, globalShortcut, clipboard, ClipboardItem, dialog };
