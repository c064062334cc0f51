import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../shared/redaction';
import { Vault } from '../../electron/core/vault/vault';
import { approve, exportCase, remainingRisks, submitForReview } from '../../electron/core/workflow/publish';
import { saveRedaction } from '../../electron/core/workflow/steps';
import { ADMIN, FLOOR_KDF, newVault, removeTempFolders, tempFolder } from '../helpers/vault';

// The command line exactly as CONTRACT.md gives it, run from the built bundle (npm test builds first).
const CLI = path.resolve('dist/cli/safehold.cjs');
const FIXTURES = path.resolve('tests/fixtures');
const TEACHER = path.join(FIXTURES, 'own-01-lida-teacher.case.json');
const METROLOGIST = path.join(FIXTURES, 'own-04-babruisk-metrologist.case.json');
const PASSPHRASE = 'correct horse battery staple';

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAFEHOLD_PASSPHRASE: '', ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

afterAll(removeTempFolders);

/** A real approved export, made through the core as the app would. */
async function approvedExport() {
  const { vault, dir } = await newVault(FLOOR_KDF);
  await vault.addUser('Rita Reviewer', 'reviewer passphrase 2026', ['reviewer']);
  const [id] = vault.importCases([{ name: 'teacher.json', content: readFileSync(TEACHER, 'utf8') }]);
  const record = vault.get(id!);
  saveRedaction(vault, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(vault, id!);
  vault.lock();
  const reviewer = await Vault.open(dir, { kdf: FLOOR_KDF });
  await reviewer.unlock('Rita Reviewer', 'reviewer passphrase 2026');
  approve(reviewer, id!, remainingRisks(reviewer, id!).quasi.map((q) => ({ ...q, reason: 'generic' })));
  const folder = path.join(tempFolder(), 'export');
  exportCase(reviewer, id!, folder);
  reviewer.lock();
  return { folder, dir };
}

describe('safehold', () => {
  it('lists every command of the contract', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['redact', 'check', 'scan', 'vault init', 'vault verify', 'case import', 'case list', 'export verify']) expect(help.stdout).toContain(command);
  });

  it('refuses an unknown command with exit 2', () => {
    const r = run(['vault', 'explode', tempFolder()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });

  it('export verify: 0 for an intact export by a trusted reviewer, 1 when the signer is unknown, after one changed character or for a folder that is no export', async () => {
    const { folder, dir } = await approvedExport();
    // Without a trusted key a valid signature says nothing about who signed: exit 1.
    const untrusted = run(['export', 'verify', folder]);
    expect(untrusted.code, untrusted.stdout + untrusted.stderr).toBe(1);
    expect(untrusted.stdout).toMatch(/signature valid, signer unknown/);
    const reviewers = run(['vault', 'reviewers', dir, '--json'], { SAFEHOLD_PASSPHRASE: ADMIN.passphrase });
    expect(reviewers.code, reviewers.stderr).toBe(0);
    const [rita] = JSON.parse(reviewers.stdout) as { name: string; fingerprint: string; publicKey: string }[];
    expect(rita!.name).toBe('Rita Reviewer');
    expect(rita!.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(untrusted.stdout).toContain(rita!.fingerprint);
    const pinned = run(['export', 'verify', folder, '--public-key', rita!.publicKey]);
    expect(pinned.code, pinned.stdout + pinned.stderr).toBe(0);
    const withVault = run(['export', 'verify', folder, '--vault', dir], { SAFEHOLD_PASSPHRASE: ADMIN.passphrase });
    expect(withVault.code, withVault.stderr).toBe(0);
    expect(withVault.stdout).toMatch(/leak check finds nothing/);
    const wrongKey = run(['export', 'verify', folder, '--public-key', 'AAAA']);
    expect(wrongKey.code).toBe(1);
    const md = path.join(folder, 'story.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace(/e/, 'é'));
    const tampered = run(['export', 'verify', folder, '--public-key', rita!.publicKey]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toMatch(/story.md was changed/);
    expect(run(['export', 'verify', tempFolder()]).code).toBe(1);
  });

  it('redact --json gives text, replacements with offsets into the original, and a risk', () => {
    const r = run(['redact', METROLOGIST, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { text: string; replacements: { start: number; end: number; original: string }[]; risk: { level: string } };
    const original = (JSON.parse(readFileSync(METROLOGIST, 'utf8')) as { story: { text: string } }).story.text;
    for (const rep of out.replacements) expect(original.slice(rep.start, rep.end)).toBe(rep.original);
    expect(out.text).not.toMatch(/Tsvirko|Mikhail|Misha/);
    expect(['low', 'medium', 'high']).toContain(out.risk.level);
  });

  it('check exits 1 on a direct identifier, 0 on a clean text, 2 on bad input', () => {
    const dir = tempFolder();
    writeFileSync(path.join(dir, 'leak.txt'), 'Friends still call him Mishka.');
    writeFileSync(path.join(dir, 'clean.txt'), 'Andrei, a young engineer, was detained in the autumn of 2021.');
    const caseFile = METROLOGIST;
    expect(run(['check', caseFile, path.join(dir, 'leak.txt')]).code).toBe(1);
    const json = run(['check', caseFile, path.join(dir, 'leak.txt'), '--json']);
    expect(JSON.parse(json.stdout).direct[0].text).toBe('Mishka');
    expect(run(['check', caseFile, path.join(dir, 'clean.txt')]).code).toBe(0);
    writeFileSync(path.join(dir, 'bad.case.json'), JSON.stringify({ format: 'case-file/1', subject: { fullName: 'A', birthDate: '14.03.1988' } }));
    const bad = run(['check', path.join(dir, 'bad.case.json'), path.join(dir, 'clean.txt')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('subject.birthDate: expected YYYY-MM-DD or YYYY');
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  describe('vault commands', () => {
    const dir = path.join(tempFolder(), 'vault');
    let passphraseFile: string;

    beforeAll(() => {
      passphraseFile = path.join(tempFolder(), 'pass.txt');
      writeFileSync(passphraseFile, `${PASSPHRASE}\n`);
    });

    it('init prints the recovery code once, and refuses without a passphrase source', () => {
      expect(run(['vault', 'init', path.join(tempFolder(), 'x'), '--user', 'Admin']).code).toBe(2);
      const r = run(['vault', 'init', dir, '--user', 'Admin Ala'], { SAFEHOLD_PASSPHRASE: PASSPHRASE });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/[0-9A-Z]{4}(-[0-9A-Z]{4}){6}/);
    });

    it('imports all or nothing and lists the cases', () => {
      const bad = path.join(tempFolder(), 'bad.json');
      writeFileSync(bad, JSON.stringify({ format: 'case-file/1', subject: { fullName: '' } }));
      const refused = run(['case', 'import', dir, TEACHER, bad, '--passphrase-file', passphraseFile]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('subject.fullName');
      const imported = run(['case', 'import', dir, TEACHER, METROLOGIST, '--passphrase-file', passphraseFile]);
      expect(imported.code).toBe(0);
      expect(imported.stdout.trim().split('\n')).toHaveLength(2);
      const list = run(['case', 'list', dir, '--json'], { SAFEHOLD_PASSPHRASE: PASSPHRASE });
      expect(JSON.parse(list.stdout).map((c: { state: string }) => c.state)).toEqual(['draft', 'draft']);
    });

    it('verify exits 0 when intact, 1 naming the damaged record, 2 when it cannot unlock', () => {
      expect(run(['vault', 'verify', dir], { SAFEHOLD_PASSPHRASE: PASSPHRASE }).code).toBe(0);
      expect(run(['vault', 'verify', dir], { SAFEHOLD_PASSPHRASE: 'not the passphrase at all' }).code).toBe(2);
      const list = JSON.parse(run(['case', 'list', dir, '--json'], { SAFEHOLD_PASSPHRASE: PASSPHRASE }).stdout) as { id: string }[];
      const file = path.join(dir, 'cases', `${list[0]!.id}.rec`);
      const bytes = readFileSync(file);
      bytes[bytes.length - 1]! ^= 1;
      writeFileSync(file, bytes);
      const damaged = run(['vault', 'verify', dir], { SAFEHOLD_PASSPHRASE: PASSPHRASE });
      expect(damaged.code).toBe(1);
      expect(damaged.stdout).toContain(list[0]!.id);
    });
  });
});
