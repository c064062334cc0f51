import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addUser, confirmRecoveryCode, newVaultFolder, startVault, type Person } from './steps';

const seed1 = JSON.parse(readFileSync('tests/fixtures/own-01-lida-teacher.case.json', 'utf8'));
const seed3 = JSON.parse(readFileSync('tests/fixtures/own-03-hrodna-exile.case.json', 'utf8'));
const INTAKE: Person = { name: 'Ira Intake', passphrase: 'green apples fall in october' };

test('an administrator deletes a case after a confirmation that names it; it is gone from the list and the audit names only its id', async ({ app }) => {
  test.setTimeout(120_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await app.locator('input[type=file]').setInputFiles([
    { name: 'own-01.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed1)) },
    { name: 'own-03.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed3)) },
  ]);
  await expect(app.getByText('Imported: 2.')).toBeVisible();

  await app.getByRole('button', { name: seed3.story.title }).click();
  await app.getByRole('button', { name: 'Delete the case…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this case for good?' });
  await expect(dialog).toContainText(`Case of ${seed3.subject.fullName}: “${seed3.story.title}”`);
  // Escape (and Cancel, which has the focus) keeps the case.
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('group', { name: 'The person' }).getByLabel('Full name')).toHaveValue(seed3.subject.fullName);

  await app.getByRole('button', { name: 'Delete the case…' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(app.getByRole('heading', { name: 'Cases' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: `The case of ${seed3.subject.fullName} was deleted.` })).toBeVisible();
  await expect(app.getByRole('button', { name: seed3.story.title })).toHaveCount(0);
  await expect(app.getByRole('button', { name: seed1.story.title })).toBeVisible();

  await app.getByRole('button', { name: 'Audit log' }).click();
  const row = app.getByRole('row').filter({ hasText: 'case deleted' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(seed3.subject.fullName);
});

test('removing a user asks first, naming them and their roles; Cancel keeps them', async ({ app }) => {
  test.setTimeout(120_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await app.getByRole('button', { name: 'Users' }).click();
  await addUser(app, INTAKE, ['Intake']);

  await app.getByRole('button', { name: `Remove ${INTAKE.name}` }).click();
  const dialog = app.getByRole('dialog', { name: `Remove ${INTAKE.name} from this vault?` });
  await expect(dialog).toContainText(`${INTAKE.name} (Intake) will no longer be able to unlock this vault`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('cell', { name: INTAKE.name, exact: true })).toBeVisible();

  await app.getByRole('button', { name: `Remove ${INTAKE.name}` }).click();
  await dialog.getByRole('button', { name: `Remove ${INTAKE.name}` }).click();
  await expect(app.getByRole('status').filter({ hasText: `${INTAKE.name} was removed` })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('cell', { name: INTAKE.name, exact: true })).toHaveCount(0);
});
