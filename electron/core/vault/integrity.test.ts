import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { damageText, english } from '../../../shared/errors';
import { fixture, newVault, removeTempFolders } from '../../../tests/helpers/vault';

const reads: string[] = [];

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const counted = ((file: Parameters<typeof real.readFileSync>[0], ...rest: unknown[]) => {
    reads.push(String(file));
    return (real.readFileSync as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof real.readFileSync;
  return { ...real, default: { ...real, readFileSync: counted }, readFileSync: counted };
});

afterEach(removeTempFolders);

describe('verify', () => {
  it('reads each case file once, and still finds every case intact', async () => {
    const { vault } = await newVault();
    const ids = [vault.createCase(fixture('own-01-lida-teacher')).id, vault.createCase(fixture('own-03-hrodna-exile')).id];
    vault.saveCase(ids[0]!, 1, fixture('own-02-homel-russian'));
    reads.length = 0;
    const report = vault.verify();
    expect(report).toMatchObject({ ok: true, checked: 2, problems: [] });
    const caseReads = reads.filter((file) => path.basename(path.dirname(file)) === 'cases').map((file) => path.basename(file, '.rec'));
    // Before, the audit log's check read every case file a second time (10,000 cases: verify 2.2× raw decryption).
    expect(caseReads.sort()).toEqual([...ids].sort());
    vault.lock();
  });

  it('names a case whose file is gone, and a read of it says so', async () => {
    const { vault, dir } = await newVault();
    const kept = vault.createCase(fixture('own-01-lida-teacher'));
    const gone = vault.createCase(fixture('own-03-hrodna-exile'));
    rmSync(path.join(dir, 'cases', `${gone.id}.rec`));
    const report = vault.verify();
    expect(report.ok).toBe(false);
    const lines = report.problems.map((p) => english(damageText(p)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`case ${gone.id}.*its file is missing`)));
    expect(lines.join('\n')).not.toContain(kept.id);
    expect(() => vault.get(gone.id)).toThrow(expect.objectContaining({ code: 'damaged', message: expect.stringContaining('its file is missing') }));
    vault.lock();
  });
});
