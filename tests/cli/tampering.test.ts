import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrames } from '../../electron/core/vault/framing';
import { ADMIN, fixture, FLOOR_KDF, newVault, removeTempFolders } from '../helpers/vault';

// The command line as CONTRACT.md gives it, run from the built bundle (npm test builds first).
const CLI = path.resolve('dist/cli/safehold.cjs');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAFEHOLD_PASSPHRASE: ADMIN.passphrase }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(removeTempFolders);

describe('safehold vault verify on a vault changed by hand', () => {
  it('names each kind of damage, exits 1, and every command warns at unlock', async () => {
    // The command line opens only vaults at or above the Argon2 floor.
    const { vault, dir } = await newVault(FLOOR_KDF);
    const a = vault.createCase(fixture('own-01-lida-teacher'));
    const older = readFileSync(path.join(dir, 'cases', `${a.id}.rec`));
    vault.saveCase(a.id, 1, fixture('own-02-homel-russian'));
    vault.lock();
    expect(run(['vault', 'verify', dir]).code).toBe(0);

    const audit = path.join(dir, 'audit.log');
    const { frames } = splitFrames(new Uint8Array(readFileSync(audit)));
    truncateSync(audit, frames.slice(0, -3).reduce((n, f) => n + 4 + f.length, 0));
    rmSync(path.join(dir, 'attempts.log'));
    rmSync(path.join(dir, 'index.journal'));
    writeFileSync(path.join(dir, 'cases', `${a.id}.rec`), older);

    const list = run(['case', 'list', dir]);
    expect(list.code).toBe(0);
    expect(list.stderr).toMatch(/warning: .*entries were cut/);
    const report = run(['vault', 'verify', dir]);
    expect(report.code).toBe(1);
    expect(report.stdout).toMatch(/entries were cut/);
    expect(report.stdout).toMatch(/attempts\.log has 0 entries/);
    expect(report.stdout).toMatch(/index\.journal has 0 entries/);
    expect(report.stdout).toMatch(new RegExp(`case ${a.id}: the file is version 1, but the audit log records version 2`));
  }, 60_000);
});
