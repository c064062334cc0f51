import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redactStory } from '../../shared/redaction';
import { Vault } from '../../electron/core/vault/vault';
import { legacyCaseRef } from '../../electron/core/workflow/approval';
import { approve, exportCase, remainingRisks, submitForReview } from '../../electron/core/workflow/publish';
import { requestChanges, saveRedaction } from '../../electron/core/workflow/steps';
import { ADMIN, fixture, FLOOR_KDF, newVault, removeTempFolders, tempFolder } from '../helpers/vault';

// Two vaults on one machine do the round trip through the command line (CONTRACT.md), from the
// built bundle (npm test builds first); the workflow steps between the bundles run in the core.
const CLI = path.resolve('dist/cli/safehold.cjs');
const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };

function run(args: string[], passphrase: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, SAFEHOLD_PASSPHRASE: passphrase }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const asAdmin = (args: string[]) => run(args, ADMIN.passphrase);
const asReviewer = (args: string[]) => run([...args, '--user', REVIEWER.name], REVIEWER.passphrase);

async function as(dir: string, who: { name: string; passphrase: string }, work: (vault: Vault) => void) {
  const vault = await Vault.open(dir, { kdf: FLOOR_KDF });
  await vault.unlock(who.name, who.passphrase);
  try {
    work(vault);
  } finally {
    vault.lock();
  }
}

afterAll(removeTempFolders);

describe('safehold contact and bundle', () => {
  it('exchange cards by fingerprint, then intake sends, the reviewer requests changes, intake resends, the reviewer approves, intake exports and export verify passes', async () => {
    const intake = await newVault(FLOOR_KDF);
    const review = await newVault(FLOOR_KDF);
    await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
    review.vault.lock();
    const [id] = intake.vault.importCases([{ name: 'own-04.json', content: JSON.stringify(fixture('own-04-babruisk-metrologist')) }]);
    const record = intake.vault.get(id!);
    saveRedaction(intake.vault, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
    submitForReview(intake.vault, id!);
    intake.vault.lock();
    const stick = tempFolder('safehold-stick-');
    const file = (name: string) => path.join(stick, `${name}.safehold-bundle`);

    // Cards: the fingerprint alone on the last line; a wrong one refuses the import (exit 1).
    const ritaCard = path.join(stick, 'rita.card');
    const exported = asReviewer(['contact', 'export', review.dir, '--out', ritaCard]);
    expect(exported.code, exported.stderr).toBe(0);
    const ritaFp = exported.stdout.trim().split('\n').at(-1)!;
    expect(ritaFp).toMatch(/^\d{5}( \d{5}){5}$/);
    const alaCard = path.join(stick, 'ala.card');
    const alaFp = asAdmin(['contact', 'export', intake.dir, '--user', ADMIN.name, '--out', alaCard]).stdout.trim().split('\n').at(-1)!;
    const wrong = asAdmin(['contact', 'import', intake.dir, ritaCard, '--fingerprint', alaFp]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/does not match/);
    expect(asAdmin(['contact', 'import', intake.dir, ritaCard, '--fingerprint', ritaFp]).code).toBe(0);
    expect(asAdmin(['contact', 'import', review.dir, alaCard, '--fingerprint', alaFp]).code).toBe(0);
    const listed = asAdmin(['contact', 'list', intake.dir, '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ name: REVIEWER.name, fingerprint: ritaFp, status: 'trusted', roles: ['reviewer'] })]);

    // Intake sends for review.
    const sent = asAdmin(['bundle', 'send', intake.dir, '--to', ritaFp, '--out', file('1'), id!]);
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/read back intact/);
    const inspected = asReviewer(['bundle', 'inspect', review.dir, file('1')]);
    expect(inspected.code, inspected.stderr).toBe(0);
    expect(inspected.stdout).toContain(alaFp);
    expect(inspected.stdout).not.toContain(id!);
    // Not for the intake vault's admin, who sent it.
    expect(asAdmin(['bundle', 'inspect', intake.dir, file('1')]).code).toBe(1);
    const received = asReviewer(['bundle', 'receive', review.dir, file('1')]);
    expect(received.code, received.stderr).toBe(0);
    expect(received.stdout).toMatch(new RegExp(`added\\s+${id}`));
    const replay = asReviewer(['bundle', 'receive', review.dir, file('1')]);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(/taken in before/);

    // The reviewer requests changes and sends the decision back.
    await as(review.dir, REVIEWER, (v) => requestChanges(v, id!, 'Less about the plant.'));
    expect(asReviewer(['bundle', 'send', review.dir, '--to', alaFp, '--out', file('2'), id!]).code).toBe(0);
    const decision = asAdmin(['bundle', 'receive', intake.dir, file('2')]);
    expect(decision.code, decision.stderr).toBe(0);
    expect(decision.stdout).toMatch(new RegExp(`updated\\s+${id}`));

    // Intake edits and resends; the reviewer approves and sends the approval back.
    await as(intake.dir, ADMIN, (v) => {
      const back = v.get(id!);
      expect(back.state).toBe('changes-requested');
      saveRedaction(v, id!, back.version, { title: back.redaction!.title, text: `${back.redaction!.text}\nThank you.`, decisions: [] });
      submitForReview(v, id!);
    });
    expect(asAdmin(['bundle', 'send', intake.dir, '--to', ritaFp, '--out', file('3'), id!]).code).toBe(0);
    expect(asReviewer(['bundle', 'receive', review.dir, file('3')]).stdout).toMatch(new RegExp(`updated\\s+${id}`));
    await as(review.dir, REVIEWER, (v) => {
      approve(v, id!, remainingRisks(v, id!).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    });
    expect(asReviewer(['bundle', 'send', review.dir, '--to', alaFp, '--out', file('4'), id!]).code).toBe(0);
    // The reviewer's laptop may export the publication too: its approval signs the intake vault's keyed reference.
    const atReviewer = path.join(tempFolder(), 'publication');
    await as(review.dir, REVIEWER, (v) => exportCase(v, id!, atReviewer));
    const verifiedThere = asReviewer(['export', 'verify', atReviewer, '--vault', review.dir]);
    expect(verifiedThere.code, verifiedThere.stdout + verifiedThere.stderr).toBe(0);

    // A flipped byte and a truncated copy are refused with exit 1 before the real one is taken in.
    const bytes = readFileSync(file('4'));
    const flipped = Buffer.from(bytes);
    flipped[flipped.length - 7]! ^= 0x10;
    writeFileSync(file('flipped'), flipped);
    writeFileSync(file('truncated'), bytes.subarray(0, bytes.length - 4096));
    expect(asAdmin(['bundle', 'receive', intake.dir, file('flipped')]).code).toBe(1);
    const cut = asAdmin(['bundle', 'receive', intake.dir, file('truncated')]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/cut short/);
    expect(asAdmin(['bundle', 'receive', intake.dir, file('4')]).code).toBe(0);

    const folder = path.join(tempFolder(), 'publication');
    await as(intake.dir, ADMIN, (v) => {
      expect(v.get(id!).state).toBe('approved');
      exportCase(v, id!, folder);
    });
    const verified = asAdmin(['export', 'verify', folder, '--vault', intake.dir]);
    expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    const story = JSON.parse(readFileSync(path.join(folder, 'story.json'), 'utf8')) as { approval: { statement: { caseRef: string } } };
    expect(story.approval.statement.caseRef).not.toBe(legacyCaseRef(intake.vault.vaultId, id!));

    // Revoked: nothing is sent to the contact from now on (receiving from a revoked contact: electron/core/bundles).
    expect(asAdmin(['contact', 'revoke', intake.dir, ritaFp]).code).toBe(0);
    const writtenAfter = file('5');
    expect(JSON.parse(asAdmin(['contact', 'list', intake.dir, '--json']).stdout)[0].status).toBe('revoked');
    expect(asAdmin(['bundle', 'send', intake.dir, '--to', ritaFp, '--out', writtenAfter, id!]).code).toBe(2);

    // A reviewer's laptop from its creation takes no case file in.
    const laptop = path.join(tempFolder(), 'laptop');
    expect(asAdmin(['vault', 'init', laptop, '--user', 'Lena Laptop', '--review-laptop']).code).toBe(0);
    const refused = asAdmin(['case', 'import', laptop, path.resolve('tests/fixtures/own-01-lida-teacher.case.json')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/reviewer's laptop/);
    // About 30 runs of the command line, each starting Node, libsodium and an Argon2 unlock: minutes on a loaded machine.
  }, 600_000);
});
