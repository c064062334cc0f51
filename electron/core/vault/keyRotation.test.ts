import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, fixture, newVault, removeTempFolders, TEST_KDF } from '../../../tests/helpers/vault';
import { Vault } from './vault';

/** Which paths were fsynced, and what was staged when the header was committed. */
const seen = vi.hoisted(() => ({ fds: new Map<number, string>(), synced: new Set<string>(), atCommit: null as null | { staged: string[]; synced: Set<string> } }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const { resolve, join, basename, dirname } = await import('node:path');
  const list = (dir: string): string[] => fs.readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return fs.statSync(full).isDirectory() ? [full, ...list(full)] : [full];
  });
  const mocked = {
    ...fs,
    openSync: ((file: string, flags: string, mode?: number) => {
      const fd = fs.openSync(file, flags, mode);
      seen.fds.set(fd, resolve(file));
      return fd;
    }) as typeof fs.openSync,
    fsyncSync: (fd: number) => {
      seen.synced.add(seen.fds.get(fd)!);
      fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      const staging = join(dirname(to), 'rotation');
      if (basename(to) === 'vault.json' && fs.existsSync(staging)) seen.atCommit = { staged: [staging, ...list(staging)], synced: new Set(seen.synced) };
      fs.renameSync(from, to);
    },
  };
  return { ...mocked, default: mocked };
});

afterEach(removeTempFolders);

describe('key rotation durability', () => {
  it('fsyncs every staged file and folder, and the vault folder, before the header commits them', async () => {
    const { vault, dir } = await newVault();
    await vault.addUser('Leaving User', 'leaving passphrase one', ['intake']);
    vault.createCase(fixture('own-01-lida-teacher'));
    vault.createCase(fixture('own-03-hrodna-exile'));
    seen.synced.clear();
    vault.removeUser('Leaving User');
    const commit = seen.atCommit!;
    expect(commit, 'the header was committed while a staging existed').not.toBeNull();
    const unsynced = [path.resolve(dir), ...commit.staged].filter((f) => !commit.synced.has(path.resolve(f)));
    expect(unsynced).toEqual([]);
    const names = commit.staged.map((f) => path.relative(path.join(dir, 'rotation'), f).replace(/^cases\/.*\.rec$/, 'cases/<case>.rec')).sort();
    expect(names).toEqual(['', 'audit.log', 'cases', 'cases/<case>.rec', 'cases/<case>.rec', 'head.rec', 'index.rec', 'manifest.json', 'users.rec']);
    expect(readdirSync(dir)).not.toContain('rotation');
    vault.lock();
    const again = await Vault.open(dir, { kdf: TEST_KDF });
    await again.unlock(ADMIN.name, ADMIN.passphrase);
    expect(again.list()).toHaveLength(2);
    again.lock();
  });
});
