import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import { openConfBackend } from '../core/prefs/confBackend';
import { createPrefsStore } from '../core/prefs/prefsStore';
import type { VaultService } from '../core/vault/vaultService';
import { IDLE_CHECK_SECONDS, installMainIdleLock } from './idleLock';

vi.mock('electron', () => import('../../tests/fakes/electron'));
vi.mock('./preferences', () => ({
  openPreferences: () => createPrefsStore(openConfBackend(mkdtempSync(path.join(tmpdir(), 'safehold-shell-')))),
}));

afterEach(() => {
  vi.useRealTimers();
  fake.powerMonitor.idleSeconds = 0;
});

function unlockedVault() {
  let locked = false;
  const vaults = { status: () => ({ locked }), lock: vi.fn(() => (locked = true)) };
  return vaults as unknown as VaultService & { lock: ReturnType<typeof vi.fn> };
}

describe('the main process idle lock', () => {
  it('locks on its own timer once the computer is idle for the auto-lock delay, whatever the renderer does', () => {
    vi.useFakeTimers();
    const vaults = unlockedVault();
    const contents = new fake.Recorder();
    const stop = installMainIdleLock(vaults, contents as never, () => 5);
    fake.powerMonitor.idleSeconds = 4 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_SECONDS * 1000);
    expect(vaults.lock).not.toHaveBeenCalled();
    fake.powerMonitor.idleSeconds = 5 * 60;
    vi.advanceTimersByTime(IDLE_CHECK_SECONDS * 1000);
    expect(vaults.lock).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(IDLE_CHECK_SECONDS * 1000);
    expect(vaults.lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each(['render-process-gone', 'unresponsive'])('locks at once when the renderer is %s', (event) => {
    const vaults = unlockedVault();
    const contents = new fake.Recorder();
    const stop = installMainIdleLock(vaults, contents as never, () => 5);
    contents.emit(event);
    expect(vaults.lock).toHaveBeenCalledTimes(1);
    stop();
  });

  it('is installed on the main window by the shell', async () => {
    vi.useFakeTimers();
    await import('./main');
    fake.app.emit('__ready');
    await vi.advanceTimersByTimeAsync(10);
    const [window] = fake.windows;
    expect(window!.webContents.listeners.get('render-process-gone')).toHaveLength(1);
    expect(window!.webContents.listeners.get('unresponsive')).toHaveLength(1);
  });
});
