import { afterEach, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import { CHANNELS } from '../../shared/ipc/channels';
import type { Handlers } from '../core/ipc/dispatch';
import type { VaultService } from '../core/vault/vaultService';
import { installAutoLock, QUICK_LOCK_ACCELERATOR } from './autoLock';
import { disposeAll } from './dispose';
import { hardenAllWebContents } from './hardening';
import { IDLE_CHECK_SECONDS, installMainIdleLock } from './idleLock';
import { registerIpcHandlers } from './ipc';

vi.mock('electron', () => import('../../tests/fakes/electron'));

afterEach(() => {
  vi.useRealTimers();
  fake.powerMonitor.idleSeconds = 0;
});

const vault = () => {
  const lock = vi.fn();
  return { vaults: { lock, status: () => ({ locked: false }) } as unknown as VaultService, lock };
};

describe('every installer of the shell hands back a disposer that leaves nothing behind', () => {
  it('auto-lock: sleep, screen lock and the quick-lock shortcut no longer lock', () => {
    const before = fake.powerMonitor.listenerCount();
    const { vaults, lock } = vault();
    const dispose = installAutoLock(vaults);
    expect(fake.powerMonitor.listenerCount()).toBe(before + 2);
    dispose();
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('lock-screen');
    expect(fake.shortcuts.has(QUICK_LOCK_ACCELERATOR)).toBe(false);
    expect(fake.powerMonitor.listenerCount()).toBe(before);
    expect(lock).not.toHaveBeenCalled();
  });

  it('the main idle lock: its timer stops and the window’s contents carry none of its listeners', () => {
    vi.useFakeTimers();
    const { vaults, lock } = vault();
    const contents = new fake.Recorder();
    const dispose = installMainIdleLock(vaults, contents as never, () => 1);
    expect(contents.listenerCount()).toBe(2);
    dispose();
    expect(contents.listenerCount()).toBe(0);
    fake.powerMonitor.idleSeconds = 3600;
    vi.advanceTimersByTime(IDLE_CHECK_SECONDS * 1000 * 4);
    contents.emit('unresponsive');
    expect(lock).not.toHaveBeenCalled();
  });

  it('web contents hardening: a contents created afterwards is left alone, one created before keeps its guards', () => {
    const before = fake.app.listenerCount();
    const dispose = hardenAllWebContents();
    const guarded = Object.assign(new fake.Recorder(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, guarded);
    dispose();
    expect(fake.app.listenerCount()).toBe(before);
    const later = Object.assign(new fake.Recorder(), { setWindowOpenHandler: vi.fn() });
    fake.app.emit('web-contents-created', {}, later);
    expect(later.listenerCount()).toBe(0);
    const navigation = { preventDefault: vi.fn() };
    guarded.emit('will-navigate', navigation, 'https://example.org');
    expect(navigation.preventDefault).toHaveBeenCalled();
  });

  it('IPC: every channel of the contract is unregistered', () => {
    const handled = new Map<string, unknown>();
    const ipcMain = { handle: (channel: string, listener: unknown) => handled.set(channel, listener), removeHandler: (channel: string) => handled.delete(channel) };
    const dispose = registerIpcHandlers(ipcMain as never, {} as Handlers);
    expect([...handled.keys()].sort()).toEqual([...CHANNELS].sort());
    dispose();
    expect(handled.size).toBe(0);
  });

  it('several disposers run the last installed first', () => {
    const order: string[] = [];
    disposeAll([() => order.push('ipc'), () => order.push('auto-lock'), () => order.push('idle lock')])();
    expect(order).toEqual(['idle lock', 'auto-lock', 'ipc']);
  });
});
