import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { confirmRecoveryCode, editorText, newVaultFolder, selectInEditor, startVault, typeAtEnd, unlock, ADMIN } from './steps';

const story = JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8'));

async function importAndOpen(app: Page) {
  await app.locator('input[type=file]').setInputFiles([{ name: 'own-04.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
  await openEditor(app);
}

async function openEditor(app: Page) {
  await app.getByRole('button', { name: story.story.title }).click();
  await app.getByRole('button', { name: 'Redaction editor' }).click();
  await expect.poll(() => editorText(app), { timeout: 30_000 }).not.toBe('');
}

test('a half-redacted case reopens with every decision and hand edit where it was left', async ({ app }) => {
  test.setTimeout(180_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await importAndOpen(app);

  // Four kinds of decision: a finding kept as written, a pseudonym changed, a hand redaction, a hand edit.
  const age = app.getByRole('checkbox', { name: 'Apply the change of “31-year-old”' });
  await age.uncheck();
  await expect.poll(() => editorText(app)).toMatch(/31-year-old/);
  const pseudonym = app.getByLabel('Replacement for “Mikhail Olegovich Tsvirko”');
  await pseudonym.fill('Anton');
  await pseudonym.press('Enter');
  await expect.poll(() => editorText(app)).toMatch(/^Anton /);
  await selectInEditor(app, 'pencil sketches');
  await app.getByLabel('Replace a selection with').fill('drawings');
  await app.getByRole('button', { name: 'Redact the selected words' }).click();
  await typeAtEnd(app, '\nWritten with his mother.');
  await expect(app.getByText('Saved, encrypted', { exact: true })).toBeVisible();
  const left = await editorText(app);

  await app.getByRole('button', { name: 'Back to the list' }).click();
  await openEditor(app);
  expect(await editorText(app)).toBe(left);
  await expect(app.getByRole('checkbox', { name: 'Apply the change of “31-year-old”' })).not.toBeChecked();
  await expect(app.getByLabel('Replacement for “Mikhail Olegovich Tsvirko”')).toHaveValue('Anton');
  await expect(app.getByRole('row').filter({ hasText: 'pencil sketches' })).toContainText('redacted by hand');
  // The decisions still act on the text after reopening: the age goes again.
  await app.getByRole('checkbox', { name: 'Apply the change of “31-year-old”' }).check();
  await expect.poll(() => editorText(app)).not.toMatch(/31-year-old/);
  expect(await editorText(app)).toMatch(/Written with his mother\.$/);
  // Undo covers a decision too.
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => editorText(app)).toMatch(/31-year-old/);
});

test('a lock in the middle of redaction saves the draft first', async ({ app }) => {
  test.setTimeout(180_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await importAndOpen(app);
  await typeAtEnd(app, '\nTyped just before the lock.');
  await app.keyboard.press('Control+Shift+L');
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  expect(await app.content()).not.toContain('Typed just before the lock');
  await unlock(app, ADMIN);
  await openEditor(app);
  expect(await editorText(app)).toMatch(/Typed just before the lock\.$/);
});

test('a new case with an invalid date is still in the list, with everything else', async ({ app }) => {
  test.setTimeout(180_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await app.getByRole('button', { name: 'New case' }).click();
  const person = app.getByRole('group', { name: 'The person' });
  await person.getByLabel('Full name').fill('Alena Test');
  await person.getByLabel('Date of birth').fill('31.13.1990');
  await person.getByLabel('Town or city').fill('Mahilioŭ');
  await app.getByLabel('Title', { exact: true }).fill('A case typed in a hurry');
  await app.getByRole('button', { name: 'Add a need' }).click();
  await app.getByRole('group', { name: 'Need 1' }).getByLabel('Amount').fill('1 100,50');
  await expect(app.getByText('Total: 1,100.5 EUR')).toBeVisible();
  await expect(app.getByText('This is not a date')).toBeVisible();
  await expect(app.getByText('Saved, encrypted, except the marked fields')).toBeVisible();
  await app.getByRole('button', { name: 'Back to the list' }).click();
  await app.getByRole('button', { name: 'A case typed in a hurry' }).click();
  await expect(app.getByRole('group', { name: 'The person' }).getByLabel('Town or city')).toHaveValue('Mahilioŭ');
  await expect(app.getByRole('group', { name: 'Need 1' }).getByLabel('Amount')).toHaveValue('1 100,50');
  // The invalid date is still there as typed, still marked.
  await expect(app.getByRole('group', { name: 'The person' }).getByLabel('Date of birth')).toHaveValue('31.13.1990');
  await expect(app.getByText('This is not a date')).toBeVisible();
});
