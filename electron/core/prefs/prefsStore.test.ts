import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../shared/prefs/schema';
import { openConfBackend } from './confBackend';
import { createPrefsStore } from './prefsStore';

const folders: string[] = [];
const freshFolder = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'safehold-prefs-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('preferences', () => {
  it('start from the defaults and survive a reopen', () => {
    const folder = freshFolder();
    expect(createPrefsStore(openConfBackend(folder)).read()).toEqual(DEFAULT_PREFERENCES);
    createPrefsStore(openConfBackend(folder)).update({ language: 'be', autoLockMinutes: 2 });
    expect(createPrefsStore(openConfBackend(folder)).read()).toMatchObject({ language: 'be', autoLockMinutes: 2 });
  });

  it('refuse an unknown key and write nothing', () => {
    const folder = freshFolder();
    const prefs = createPrefsStore(openConfBackend(folder));
    expect(() => prefs.update({ language: 'ru', caseNotes: 'Siarhei was detained' })).toThrow(/preferences:/);
    expect(prefs.read()).toEqual(DEFAULT_PREFERENCES);
    const file = path.join(folder, 'preferences.json');
    expect(existsSync(file) ? readFileSync(file, 'utf8') : '').not.toContain('Siarhei');
  });

  it('refuse an invalid value, naming the field', () => {
    const prefs = createPrefsStore(openConfBackend(freshFolder()));
    expect(() => prefs.update({ autoLockMinutes: 0 })).toThrow(/autoLockMinutes/);
    expect(() => prefs.update({ language: 'de' })).toThrow(/language/);
  });

  it('ignore and remove what someone wrote into the file by hand', () => {
    const folder = freshFolder();
    writeFileSync(
      path.join(folder, 'preferences.json'),
      JSON.stringify({ language: 'ru', autoLockMinutes: 'never', lastCase: 'Hlebau' }),
    );
    const prefs = createPrefsStore(openConfBackend(folder));
    expect(prefs.read()).toEqual({ ...DEFAULT_PREFERENCES, language: 'ru' });
    expect(readFileSync(path.join(folder, 'preferences.json'), 'utf8')).not.toContain('Hlebau');
  });
});
