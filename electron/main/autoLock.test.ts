import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import type { VaultService } from '../core/vault/vaultService';
import { installAutoLock, QUICK_LOCK_ACCELERATOR } from './autoLock';
import { electronShell } from './shellServices';

vi.mock('electron', () => import('../../tests/fakes/electron'));

afterEach(() => vi.useRealTimers());

describe('locking from the shell', () => {
  it('locks on sleep, on screen lock and on the quick-lock shortcut', () => {
    const lock = vi.fn();
    installAutoLock({ lock } as unknown as VaultService);
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('lock-screen');
    fake.shortcuts.get(QUICK_LOCK_ACCELERATOR)!();
    expect(lock).toHaveBeenCalledTimes(3);
  });
});

describe('the shell services', () => {
  it('keep a copy out of clipboard history, clear it after the delay, and leave a later copy alone', async () => {
    vi.useFakeTimers();
    const shell = electronShell();
    fake.clipboard.text = 'Siarhei Hlebau';
    await shell.scheduleClipboardClear(30);
    expect(fake.clipboard.text).toBe('Siarhei Hlebau');
    expect(fake.clipboard.formats).toEqual(expect.arrayContaining([
      'text/plain',
      'electron application/osclipboard;format="ExcludeClipboardContentFromMonitorProcessing"',
      'electron application/osclipboard;format="CanIncludeInClipboardHistory"',
      'electron application/osclipboard;format="org.nspasteboard.ConcealedType"',
    ]));
    await vi.advanceTimersByTimeAsync(29_000);
    expect(fake.clipboard.text).toBe('Siarhei Hlebau');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(fake.clipboard.text).toBe('');
    fake.clipboard.text = 'from Safehold';
    await shell.scheduleClipboardClear(30);
    fake.clipboard.text = 'something the person copied elsewhere';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(fake.clipboard.text).toBe('something the person copied elsewhere');
  });

  it('return the folder the native dialog chose', async () => {
    await expect(electronShell().chooseFolder()).resolves.toBe('/chosen/folder');
  });
});
