import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addUser, ADMIN, confirmRecoveryCode, newVaultFolder, startVault, unlock, type Person } from './steps';

const INTAKE: Person = { name: 'Ira Intake', passphrase: 'green apples fall in october' };
const REVIEWER: Person = { name: 'Rita Reviewer', passphrase: 'seven quiet owls watch the road' };
const seed1 = JSON.parse(readFileSync('tests/fixtures/own-01-lida-teacher.case.json', 'utf8'));

async function createVault(app: Page, folder: string) {
  const code = await startVault(app, folder);
  await app.getByLabel(/last group/).fill('XXXX');
  await app.getByRole('button', { name: 'I have written it down' }).click();
  await expect(app.getByRole('alert')).toContainText('not the last group');
  await confirmRecoveryCode(app, code);
}

test('create a vault, add users, record a case as intake, lock, unlock: everything intact', async ({ app }) => {
  test.setTimeout(180_000);
  const folder = newVaultFolder();
  await createVault(app, folder);
  await screenshot(app, 'cases-empty-en');

  await app.getByRole('button', { name: 'Users' }).click();
  await addUser(app, INTAKE, ['Intake']);
  await addUser(app, REVIEWER, ['Reviewer']);
  await screenshot(app, 'users-en');
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();

  await unlock(app, INTAKE);
  await app.getByRole('button', { name: 'New case' }).click();
  const subject = app.getByRole('group', { name: 'The person' });
  await subject.getByLabel('Full name').fill(seed1.subject.fullName);
  await subject.getByLabel('Other names and spellings').fill(seed1.subject.otherNames.join('\n'));
  await subject.getByLabel('Date of birth').fill('31.02.1988');
  await expect(app.getByText('This is not a date: write it as 14.03.1988')).toBeVisible();
  await expect(app.getByText('Saved, encrypted, except the marked fields')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Redaction editor' })).toBeDisabled();
  // The local way of writing a date is accepted and stored as the case file's.
  await subject.getByLabel('Date of birth').fill(seed1.subject.birthDate.split('-').reverse().join('.'));
  await subject.getByLabel('Gender').selectOption('male');
  await subject.getByLabel('Town or city').fill(seed1.subject.city);
  await subject.getByLabel('Occupation').fill(seed1.subject.occupation);
  await subject.getByLabel('Phone numbers').fill(seed1.subject.phones.join('\n'));
  await app.getByRole('button', { name: 'Add a relative' }).click();
  const relative = app.getByRole('group', { name: 'Relative 1' });
  await relative.getByLabel(/Relation/).fill('husband');
  await relative.getByLabel('Full name').fill('Dzmitry Mazhejka');
  await app.getByLabel('Criminal Code articles').fill('368');
  await app.getByRole('button', { name: 'Add an event' }).click();
  await app.getByRole('group', { name: 'Event 1' }).getByLabel('Date').fill('2023-04-12');
  await app.getByRole('group', { name: 'Event 1' }).getByLabel('Place').fill('temporary detention center, Baranavichy');
  await app.getByLabel('Title', { exact: true }).fill(seed1.story.title);
  await app.getByLabel('The story as the family told it').fill(seed1.story.text);
  await app.getByRole('button', { name: 'Add a need' }).click();
  await app.getByRole('group', { name: 'Need 1' }).getByLabel('Amount').fill('500');
  await app.getByRole('button', { name: 'Add a need' }).click();
  await app.getByRole('group', { name: 'Need 2' }).getByLabel('Amount').fill('1000');
  await expect(app.getByText('Total: 1,500 EUR')).toBeVisible();
  await expect(app.getByText('Saved, encrypted')).toBeVisible({ timeout: 5000 });
  await screenshot(app, 'case-form-en');

  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  const html = await app.content();
  for (const secret of ['Mazhejka', 'Katsiaryna', 'Baranavichy', '771-03-44', 'stayed late']) expect(html).not.toContain(secret);
  expect(await app.title()).toBe('Safehold');
  await screenshot(app, 'unlock-en');

  await unlock(app, INTAKE);
  await app.getByRole('button', { name: seed1.story.title }).click();
  await expect(app.getByRole('group', { name: 'The person' }).getByLabel('Full name')).toHaveValue(seed1.subject.fullName);
  await expect(app.getByLabel('The story as the family told it')).toHaveValue(seed1.story.text);
  await expect(app.getByRole('group', { name: 'Relative 1' }).getByLabel('Full name')).toHaveValue('Dzmitry Mazhejka');
  await expect(app.getByRole('group', { name: 'Need 2' }).getByLabel('Amount')).toHaveValue('1000');
  await expect(app.getByRole('group', { name: 'The person' }).getByLabel('Date of birth')).toHaveValue(seed1.subject.birthDate);
});

test('an invalid import lists the file and field and imports nothing', async ({ app }) => {
  test.setTimeout(120_000);
  const folder = newVaultFolder();
  await createVault(app, folder);
  const bad = { ...seed1, subject: { ...seed1.subject, birthDate: '02.05.1986' } };
  await app.locator('input[type=file]').setInputFiles([
    { name: 'own-01.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed1)) },
    { name: 'broken.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) },
    { name: 'cut.case.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "case-file/1",') },
  ]);
  // One item per refused file, and per refused field of it, named by the form's label.
  const files = app.getByRole('alert').getByRole('list').first().locator(':scope > li');
  await expect(files).toHaveCount(2);
  await expect(files.nth(0)).toContainText('broken.case.json');
  await expect(files.nth(0).getByRole('listitem')).toHaveText(['The person — Date of birth: expected YYYY-MM-DD or YYYY']);
  await expect(files.nth(1)).toHaveText('cut.case.json: not valid JSON');
  await expect(app.getByText('There are no cases yet.', { exact: false })).toBeVisible();
  await screenshot(app, 'import-error-en');
  await app.locator('input[type=file]').setInputFiles([{ name: 'own-01.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed1)) }]);
  await expect(app.getByText('Imported: 1.')).toBeVisible();
  await app.getByPlaceholder('Search names, titles, places…').fill('mazhejka');
  await expect(app.getByRole('button', { name: seed1.story.title })).toBeVisible();
  await app.getByPlaceholder('Search names, titles, places…').fill('nobody-like-this');
  await expect(app.getByText('No case matches this search.')).toBeVisible();
});

test('auto-lock fires after the idle minutes and clears the screen', async ({ app }) => {
  test.setTimeout(120_000);
  await app.clock.install();
  const folder = newVaultFolder();
  await app.getByRole('button', { name: 'Preferences' }).click();
  await app.getByLabel('Lock automatically after').fill('1');
  await app.getByRole('button', { name: 'Save preferences' }).click();
  // The app's own notice region is a status too; this one is the preferences screen's.
  await expect(app.getByRole('status').filter({ hasText: 'Preferences saved.' })).toHaveText('Preferences saved.');
  await app.reload();
  await createVault(app, folder);
  await app.locator('input[type=file]').setInputFiles([{ name: 'own-01.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed1)) }]);
  await expect(app.getByRole('button', { name: seed1.story.title })).toBeVisible();
  await app.clock.fastForward('01:05');
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  expect(await app.content()).not.toContain('Mazhejka');
});

test('the quick-lock shortcut locks at once', async ({ app }) => {
  test.setTimeout(120_000);
  const folder = newVaultFolder();
  await createVault(app, folder);
  await app.keyboard.press('Control+Shift+L');
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await app.getByLabel('Name', { exact: true }).fill(ADMIN.name);
  await app.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase entirely');
  await app.getByRole('button', { name: 'Unlock', exact: true }).click();
  // A wrong passphrase is tried against every user slot (no name tags in the header), one
  // Argon2 derivation each: wait as long as the vault's creation does.
  await expect(app.getByRole('alert')).toContainText('The name or the passphrase is not right', { timeout: 30_000 });
});

test('a forgotten passphrase is replaced through the recovery code', async ({ app }) => {
  test.setTimeout(120_000);
  const code = await startVault(app, newVaultFolder());
  await confirmRecoveryCode(app, code);
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await app.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await app.getByLabel('Recovery code', { exact: true }).fill(code.toLowerCase());
  await app.getByLabel('Name', { exact: true }).fill(ADMIN.name);
  await app.getByLabel('New passphrase', { exact: true }).fill('a completely new sentence for today');
  await app.getByRole('button', { name: 'Set the new passphrase' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'was changed' })).toBeVisible({ timeout: 30_000 });
  await unlock(app, { name: ADMIN.name, passphrase: 'a completely new sentence for today' });
});

const LANGS = [
  { code: 'en', cases: 'Cases', users: 'Users', audit: 'Audit log', backup: 'Backup', lock: 'Lock', other: 'Use another vault' },
  { code: 'ru', cases: 'Дела', users: 'Пользователи', audit: 'Журнал действий', backup: 'Резервная копия', lock: 'Заблокировать', other: 'Другое хранилище' },
  { code: 'be', cases: 'Справы', users: 'Карыстальнікі', audit: 'Журнал дзеянняў', backup: 'Рэзервовая копія', lock: 'Заблакаваць', other: 'Іншае сховішча' },
] as const;

test('every screen, in every language', async ({ app }) => {
  test.setTimeout(240_000);
  const folder = newVaultFolder();
  await screenshot(app, 'start-en');
  await createVault(app, folder);
  await app.locator('input[type=file]').setInputFiles([
    { name: 'own-01.case.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync('tests/fixtures/own-01-lida-teacher.case.json')) },
    { name: 'own-02.case.json', mimeType: 'application/json', buffer: Buffer.from(readFileSync('tests/fixtures/own-02-homel-russian.case.json')) },
  ]);
  await expect(app.getByText('Imported: 2.')).toBeVisible();
  for (const lang of LANGS) {
    await app.getByRole('combobox').first().selectOption(lang.code);
    await app.getByRole('button', { name: lang.cases, exact: true }).click();
    await screenshot(app, `cases-${lang.code}`);
    await app.getByRole('button', { name: seed1.story.title }).click();
    await expect(app.getByRole('group').first()).toBeVisible();
    await screenshot(app, `case-form-${lang.code}`);
    await app.getByRole('button', { name: lang.users, exact: true }).click();
    await screenshot(app, `users-${lang.code}`);
    await app.getByRole('button', { name: lang.audit, exact: true }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await screenshot(app, `audit-${lang.code}`);
    await app.getByRole('button', { name: lang.backup, exact: true }).click();
    await screenshot(app, `backup-${lang.code}`);
    await app.getByRole('button', { name: lang.lock, exact: true }).click();
    await screenshot(app, `unlock-${lang.code}`);
    await app.getByRole('button', { name: lang.other }).click();
    await screenshot(app, `start-${lang.code}`);
    await app.getByRole('combobox').first().selectOption('en');
    await app.getByRole('button', { name: 'Open', exact: true }).click();
    await unlock(app, ADMIN);
  }
});
