import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from '../../electron/cli/terminalText';
import { ADMIN, FLOOR_KDF, newVault, removeTempFolders, tempFolder } from '../helpers/vault';

// The command line against hostile files, run from the built bundle (npm test builds first).
const CLI = path.resolve('dist/cli/safehold.cjs');
const CASE = path.resolve('tests/fixtures/own-01-lida-teacher.case.json');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAFEHOLD_PASSPHRASE: '', ...env }, timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined };
}

afterAll(removeTempFolders);

// Every control character but tab and line feed, and the bidirectional overrides.
const CONTROL = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const ESCAPES = '\u001b]0;owned\u0007\u001b[2J\u001b[1A\rtitle\u009b31m\u202eevil';

describe('what the command line prints', () => {
  it('carries no escape sequence or control character from a case title', async () => {
    const { vault, dir } = await newVault(FLOOR_KDF);
    const data = JSON.parse(readFileSync(CASE, 'utf8'));
    vault.importCases([{ name: 'x.json', content: JSON.stringify({ ...data, story: { ...data.story, title: `Hostile ${ESCAPES}` } }) }]);
    vault.lock();
    const human = run(['case', 'list', dir], { SAFEHOLD_PASSPHRASE: ADMIN.passphrase });
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toContain('Hostile');
    expect(human.stdout).not.toMatch(CONTROL);
    const json = run(['case', 'list', dir, '--json'], { SAFEHOLD_PASSPHRASE: ADMIN.passphrase });
    expect(json.code, json.stderr).toBe(0);
    expect(json.stdout.trim()).not.toMatch(CONTROL);
    // The JSON document still carries the exact title.
    expect(JSON.parse(json.stdout)[0].title).toBe(`Hostile ${ESCAPES}`);
  });

  it('carries none in error messages naming a file', () => {
    const r = run(['redact', `missing${ESCAPES}.json`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(CONTROL);
  });

  it('keeps line breaks and tabs, and shows other controls as U+FFFD', () => {
    expect(forTerminal('a\tb\nc\r\nd')).toBe('a\tb\nc\nd');
    expect(forTerminal('x\u0007y\u009bz\u202ew')).toBe('x\uFFFDy\uFFFDz\uFFFDw');
    expect(forTerminal('\u001b[31mred\u001b[0m')).toBe('red');
    expect(JSON.parse(jsonForTerminal(JSON.stringify({ t: 'a\u009b\u202e\u2028b' })))).toEqual({ t: 'a\u009b\u202e\u2028b' });
  });
});

describe('input files', () => {
  it('a case file with a UTF-8 byte order mark is read like any other', () => {
    const file = path.join(tempFolder(), 'bom.case.json');
    writeFileSync(file, `\uFEFF${readFileSync(CASE, 'utf8')}`);
    const r = run(['scan', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
  });

  it('a case file with a byte order mark imports into a vault', async () => {
    const { vault, dir } = await newVault(FLOOR_KDF);
    vault.lock();
    const file = path.join(tempFolder(), 'bom.case.json');
    writeFileSync(file, `\uFEFF${readFileSync(CASE, 'utf8')}`);
    const r = run(['case', 'import', dir, file], { SAFEHOLD_PASSPHRASE: ADMIN.passphrase });
    expect(r.code, r.stderr).toBe(0);
  });

  it.runIf(process.platform !== 'win32')('a named pipe or a device is refused at once, not waited on', () => {
    const fifo = path.join(tempFolder(), 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const pipe = run(['redact', fifo]);
    expect(pipe.timedOut).toBe(false);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toMatch(/named pipe/);
    const device = run(['check', CASE, '/dev/zero']);
    expect(device.timedOut).toBe(false);
    expect(device.code).toBe(2);
    expect(device.stderr).toMatch(/device/);
    const folder = path.join(tempFolder(), 'folder.json');
    mkdirSync(folder);
    expect(run(['scan', folder]).stderr).toMatch(/folder/);
  });

  it('export verify on a story.json that is not JSON exits 1, naming the file', () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, 'story.json'), '{"format": "safehold-publication/1", "title": ');
    const r = run(['export', 'verify', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/story.json is not valid JSON/);
  });
});
