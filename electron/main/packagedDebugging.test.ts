import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as fake from '../../tests/fakes/electron';
import { openConfBackend } from '../core/prefs/confBackend';
import { createPrefsStore } from '../core/prefs/prefsStore';

vi.mock('electron', () => import('../../tests/fakes/electron'));
vi.mock('./preferences', () => ({
  openPreferences: () => createPrefsStore(openConfBackend(mkdtempSync(path.join(tmpdir(), 'safehold-shell-')))),
}));

const argv = process.argv;
afterAll(() => {
  process.argv = argv;
});

describe('a packaged build', () => {
  it('refuses to start with a remote-debugging switch', async () => {
    fake.app.isPackaged = true;
    process.argv = [...argv, '--remote-debugging-port=9222'];
    await import('./main');
    expect(fake.calls).toContain('app.exit(1)');
  });
});
