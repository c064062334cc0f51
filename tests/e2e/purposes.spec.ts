import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { addUser, confirmRecoveryCode, newVaultFolder, sendForReview, startVault, unlock, type Person } from './steps';

const RITA: Person = { name: 'Rita Reviewer', passphrase: 'seven quiet owls watch the road' };
const seed = JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8'));
// The first need names the man: its published line must be redacted like the story.
seed.needs[0].purpose = 'the lawyer for Mikhail at the trial';

test('each need’s purpose is redacted, edited and kept in the editor, follows a changed pseudonym, and the reviewer sees it as published', async ({ app }) => {
  test.setTimeout(180_000);
  await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
  await app.getByRole('button', { name: 'Users' }).click();
  await addUser(app, RITA, ['Reviewer']);
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await app.locator('input[type=file]').setInputFiles([{ name: 'own-04.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(seed)) }]);
  await expect(app.getByText('Imported: 1.')).toBeVisible();
  await app.getByRole('button', { name: seed.story.title }).click();
  await app.getByRole('button', { name: 'Redaction editor' }).click();

  const lawyer = app.getByLabel('Need 1 (1,200 EUR): what it is for, as published');
  const loan = app.getByLabel('Need 2 (600 EUR): what it is for, as published');
  await expect(lawyer).toHaveValue(/^the lawyer for \S+ at the trial$/);
  await expect(lawyer).not.toHaveValue(/Mikhail/);
  await expect(app.getByText('In the record: the lawyer for Mikhail at the trial')).toBeVisible();

  // A pseudonym changed in the story is used in the needs too.
  const pseudonym = app.getByLabel('Replacement for “Mikhail Olegovich Tsvirko”');
  await pseudonym.fill('Pavel');
  await pseudonym.press('Enter');
  await expect(lawyer).toHaveValue('the lawyer for Pavel at the trial');

  // A leak typed into a need is caught there and blocks sending.
  await loan.fill('six months of the car loan of Tsvirko');
  await expect(app.getByText('Still reveals: Tsvirko. Change it before sending the story for review.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Send for review' })).toBeDisabled();
  await loan.fill('six months of a loan');
  await expect(app.getByRole('button', { name: 'Send for review' })).toBeEnabled();
  await expect(app.getByText('Saved, encrypted', { exact: true })).toBeVisible();

  // Left and reopened: the hand edit and the followed pseudonym are both still there.
  await app.getByRole('button', { name: 'Back to the list' }).click();
  await app.getByRole('button', { name: seed.story.title }).click();
  await app.getByRole('button', { name: 'Redaction editor' }).click();
  await expect(loan).toHaveValue('six months of a loan');
  await expect(lawyer).toHaveValue('the lawyer for Pavel at the trial');
  await sendForReview(app);

  // The reviewer sees each need as it will be published, beside the record's.
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(app, RITA);
  await app.getByRole('button', { name: seed.story.title }).click();
  await app.getByRole('button', { name: 'Review and export' }).click();
  const needs = app.getByRole('region', { name: 'What the family needs' });
  await expect(needs).toContainText('1,200 EUR — the lawyer for Pavel at the trial');
  await expect(needs).toContainText('600 EUR — six months of a loan');
  await expect(needs.locator('.compare-original')).toContainText(['1,200 EUR — the lawyer for Mikhail at the trial']);
  await expect(needs).toContainText('Total: 1,800 EUR');
});
