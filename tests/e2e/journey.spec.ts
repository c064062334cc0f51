import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addUser, confirmRecoveryCode, editorText, newVaultFolder, selectInEditor, sendForReview, startVault, typeAtEnd, unlock, type Person } from './steps';

const BOTH: Person = { name: 'Bo Both', passphrase: 'intake and review in one person' };
const RITA: Person = { name: 'Rita Reviewer', passphrase: 'seven quiet owls watch the road' };
const seed2 = JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8'));

async function relock(app: Page, who: Person) {
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(app, who);
}

async function openCase(app: Page, view: 'Redaction editor' | 'Review and export') {
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await app.getByRole('button', { name: seed2.story.title }).click();
  await app.getByRole('button', { name: view }).click();
}

async function acceptRisksAndApprove(app: Page) {
  await expect(app.getByText('No name, contact, document number')).toBeVisible();
  for (const input of await app.getByPlaceholder('a reason, in your words').all()) await input.fill('general enough to identify nobody');
  await app.getByRole('button', { name: 'Approve for publication' }).click();
  await expect(app.getByRole('dialog')).toContainText('Your key signs exactly what is shown');
  await app.getByRole('dialog').getByRole('button', { name: 'Approve for publication' }).click();
}

test('from import to a verified publication, with four eyes', async ({ app }) => {
  test.setTimeout(300_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await app.getByRole('button', { name: 'Users' }).click();
  await addUser(app, BOTH, ['Intake', 'Reviewer']);
  await addUser(app, RITA, ['Reviewer']);

  // Intake: import, redact, catch a leak, submit.
  const started = Date.now();
  await relock(app, BOTH);
  await app.locator('input[type=file]').setInputFiles([{ name: 'own-04.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed2)) }]);
  await openCase(app, 'Redaction editor');
  await expect.poll(() => editorText(app), { timeout: 30_000 }).not.toBe('');
  expect(await editorText(app)).not.toMatch(/Tsvirko|Mikhail|Okrestin/);
  // A leak typed into the published text is found there, as it is typed.
  await typeAtEnd(app, '\nFriends still call him Mishka.');
  await expect(app.getByText(/Direct identifiers left: 1/)).toBeVisible();
  await expect(app.getByRole('button', { name: 'Send for review' })).toBeDisabled();
  await expect(app.locator('.cm-live-direct')).toHaveText('Mishka');
  await screenshot(app, 'redaction-en');
  await app.getByRole('button', { name: /“Mishka” reveals/ }).click();
  await expect(app.locator('.cm-finding-card')).toContainText('reveals the person');
  await app.keyboard.press('Alt+Enter');
  await expect(app.getByText(/No name, contact, document number/)).toBeVisible();
  expect(await editorText(app)).toMatch(/Friends still call him \S+\.$/);
  // One pseudonym, set once, everywhere.
  const pseudonym = app.getByLabel('Replacement for “Mikhail Olegovich Tsvirko”');
  const before = await pseudonym.inputValue();
  expect(before).not.toBe('');
  await pseudonym.fill('Pavel');
  await pseudonym.press('Enter');
  await expect.poll(() => editorText(app)).not.toMatch(new RegExp(`\\b${before}\\b`));
  expect((await editorText(app)).match(/Pavel/g)!.length).toBeGreaterThan(5);
  await expect(app.getByLabel('Published title')).toHaveValue(/Pavel/);
  // Any span, redacted by hand.
  await selectInEditor(app, 'mushrooms and berries');
  await app.getByLabel('Replace a selection with').fill('seasonal work');
  await app.getByRole('button', { name: 'Redact the selected words' }).click();
  await expect.poll(() => editorText(app)).toMatch(/from seasonal work/);
  await expect(app.getByText('Saved, encrypted', { exact: true })).toBeVisible();
  for (const lang of ['ru', 'be'] as const) {
    await app.getByRole('combobox').first().selectOption(lang);
    await screenshot(app, `redaction-${lang}`);
  }
  await app.getByRole('combobox').first().selectOption('en');
  await sendForReview(app);

  // The same person may not approve what they edited.
  await openCase(app, 'Review and export');
  await acceptRisksAndApprove(app);
  await expect(app.getByRole('alert')).toContainText('four eyes');

  // A second reviewer approves.
  await relock(app, RITA);
  await openCase(app, 'Review and export');
  await screenshot(app, 'review-en');
  await acceptRisksAndApprove(app);
  await expect(app.getByText('Approved and signed with your key.')).toBeVisible();

  // An edit voids the approval.
  await relock(app, BOTH);
  await openCase(app, 'Redaction editor');
  await expect(app.getByText('Status: Approved.')).toBeVisible();
  await app.getByRole('button', { name: 'Edit it anyway…' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Edit and withdraw the approval' }).click();
  await typeAtEnd(app, '\nThank you for reading.');
  await expect(app.locator('.workflow-bar .badge')).toHaveText('Redaction');
  await sendForReview(app);

  // Re-approval and export.
  await relock(app, RITA);
  await openCase(app, 'Review and export');
  await acceptRisksAndApprove(app);
  const exportDir = mkdtempSync(path.join(tmpdir(), 'safehold-export-'));
  await app.getByLabel('Folder for the publication').fill(exportDir);
  await app.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(app.getByText(/Exported:/)).toBeVisible();
  console.log(`journey from import to export: ${((Date.now() - started) / 1000).toFixed(1)} s`);

  for (const lang of ['ru', 'be'] as const) {
    await app.getByRole('combobox').first().selectOption(lang);
    await screenshot(app, `review-${lang}`);
  }
  await app.getByRole('combobox').first().selectOption('en');

  const cli = (args: string[]) => spawnSync(process.execPath, ['dist/cli/safehold.cjs', ...args], { encoding: 'utf8' });
  // Without the reviewers' keys the signature is valid but its signer unknown (exit 1); the files are intact.
  const unpinned = cli(['export', 'verify', exportDir]);
  expect(unpinned.status).toBe(1);
  expect(unpinned.stdout).toMatch(/signature valid, signer unknown/);
  for (const file of ['story.md', 'story.html', 'story.json']) {
    const content = readFileSync(path.join(exportDir, file), 'utf8');
    for (const secret of ['Tsvirko', 'Mikhail', 'Misha', 'Mishka', 'Zinaida', '1990', 'Okrestin', 'Belshina', 'tsvirko.sketches', 'Rita', 'Bo Both']) expect(content, `${file} holds ${secret}`).not.toContain(secret);
  }
  const md = path.join(exportDir, 'story.md');
  writeFileSync(md, readFileSync(md, 'utf8').replace(/a/, 'á'));
  const tampered = cli(['export', 'verify', exportDir]);
  expect(tampered.status).toBe(1);
  expect(tampered.stdout).toMatch(/story.md was changed/);
});
