import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { redactStory } from '../../shared/redaction';
import { receiveBundle } from '../../electron/core/bundles/receive';
import { sendBundle } from '../../electron/core/bundles/send';
import { exportCard, importContact } from '../../electron/core/contacts/contactStore';
import { Vault } from '../../electron/core/vault/vault';
import { submitForReview } from '../../electron/core/workflow/publish';
import { requestChanges, saveRedaction } from '../../electron/core/workflow/steps';
import { ADMIN, fixture, FLOOR_KDF, removeTempFolders, tempFolder } from '../helpers/vault';
import { expect, screenshot, test } from './fixtures';
import { closeVault, openVault, type Person } from './steps';

const INA: Person = { name: 'Ina Intake', passphrase: 'the river runs under old bridges' };
const RITA: Person = { name: 'Rita Reviewer', passphrase: 'seven quiet owls watch the road' };
// The reviewer's laptop's administrator: the one there who may keep one of two versions.
const REVIEW_ADMIN: Person = { name: ADMIN.name, passphrase: ADMIN.passphrase };

test.afterAll(removeTempFolders);

/**
 * Made through the core: a case goes for review; the reviewer asks for changes while intake
 * edits the case and sends it again. Returns the reviewer's laptop and the second bundle,
 * which leaves the case there in two versions when it is taken in.
 */
async function bothSidesChanged() {
  const intakeDir = path.join(tempFolder(), 'vault');
  const reviewDir = path.join(tempFolder(), 'vault');
  const { vault: intake } = await Vault.create(intakeDir, { adminName: INA.name, passphrase: INA.passphrase, kdf: FLOOR_KDF });
  const { vault: review } = await Vault.create(reviewDir, { adminName: REVIEW_ADMIN.name, passphrase: REVIEW_ADMIN.passphrase, kdf: FLOOR_KDF });
  await review.addUser(RITA.name, RITA.passphrase, ['reviewer']);
  const rita = exportCard(review, RITA.name);
  const ina = exportCard(intake, INA.name);
  importContact(intake, rita.text, rita.fingerprint);
  importContact(review, ina.text, ina.fingerprint);
  review.makeReviewLaptop();
  review.lock();
  const [id] = intake.importCases([{ name: 'own-04.json', content: JSON.stringify(fixture('own-04-babruisk-metrologist')) }]);
  const record = intake.get(id!);
  saveRedaction(intake, id!, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(intake, id!);
  const stick = tempFolder('safehold-e2e-stick-');
  const first = sendBundle(intake, { to: [rita.fingerprint], caseIds: [id!], file: path.join(stick, '1.safehold-bundle') });
  const reviewer = await Vault.open(reviewDir, { kdf: FLOOR_KDF });
  await reviewer.unlock(RITA.name, RITA.passphrase);
  receiveBundle(reviewer, first.file);
  requestChanges(reviewer, id!, 'Say less about the plant.');
  reviewer.lock();
  // Meanwhile intake takes the case back, adds a line and a town, and sends it again.
  const current = intake.get(id!);
  const back = intake.saveCase(id!, current.version, { ...current.data, subject: { ...current.data.subject, city: 'Mahilioŭ' } });
  saveRedaction(intake, id!, back.version, { title: back.redaction!.title, text: `${back.redaction!.text}\n\nEdited on the intake laptop.`, decisions: [] });
  submitForReview(intake, id!);
  const second = sendBundle(intake, { to: [rita.fingerprint], caseIds: [id!], file: path.join(stick, '2.safehold-bundle') });
  intake.lock();
  return { reviewDir, title: record.data.story!.title!, bundle: second.file, fingerprint: ina.fingerprint };
}

async function noAxeViolation(app: Page, name: string) {
  const results = await new AxeBuilder({ page: app }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const sideways = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('a case changed on both laptops is marked, compared side by side, one version kept, and stays resolved after reopening', async ({ app }) => {
  test.setTimeout(240_000);
  const { reviewDir, title, bundle, fingerprint } = await bothSidesChanged();

  // The reviewer takes the bundle in: the case keeps both versions.
  await openVault(app, reviewDir, RITA);
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Bundle file').fill(bundle);
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('status').filter({ hasText: `From ${INA.name}: 0 added, 0 updated, 1 kept in two versions.` })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('button', { name: title })).toBeVisible();
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Cases with two versions, waiting for a choice: 1.' })).toBeVisible();
  await expect(app.getByRole('row', { name: new RegExp(`${title} Changes requested Two versions`) })).toBeVisible();
  // A reviewer sees both versions but does not choose.
  await app.getByRole('button', { name: title }).click();
  await expect(app.getByRole('heading', { name: 'This case has two versions' })).toBeVisible();
  await expect(app.getByText('Someone with the intake or administrator role keeps one of the two versions.')).toBeVisible();
  await closeVault(app);

  // The laptop's administrator, after locking and opening again: still marked, shown side by side.
  await openVault(app, reviewDir, REVIEW_ADMIN);
  await expect(app.getByRole('row', { name: new RegExp(`${title} Changes requested Two versions`) })).toBeVisible();
  await noAxeViolation(app, 'case list');
  await app.getByRole('button', { name: title }).click();
  const compare = app.getByRole('region', { name: 'The two versions side by side' });
  await expect(compare.getByRole('heading', { name: 'This laptop’s version' })).toBeVisible();
  await expect(compare.getByRole('heading', { name: `Version from ${INA.name}` })).toBeVisible();
  await expect(compare).toContainText(`contact fingerprint ${fingerprint}`);
  await expect(compare.locator('ins', { hasText: 'Mahilioŭ' })).toBeVisible();
  await expect(compare.locator('ins', { hasText: 'Edited on the intake laptop.' })).toBeVisible();
  await expect(compare.locator('del', { hasText: 'Say less about the plant.' })).toBeVisible();
  await expect(app.getByLabel('Town or city').first()).toBeDisabled();
  await screenshot(app, 'conflict-side-by-side');
  await noAxeViolation(app, 'two versions');
  for (const [lang, heading] of [['ru', 'У этого дела две версии'], ['be', 'У гэтай справы дзве версіі']] as const) {
    await app.locator('.language-switch select').selectOption(lang);
    await expect(app.getByRole('heading', { name: heading })).toBeVisible();
    await screenshot(app, `conflict-side-by-side-${lang}`);
    await noAxeViolation(app, `two versions (${lang})`);
  }
  await app.locator('.language-switch select').selectOption('en');

  // Kept by keyboard, after a confirmation.
  await app.getByRole('button', { name: `Keep the version from ${INA.name}` }).focus();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: `Keep the version from ${INA.name}?` });
  await expect(dialog).toBeVisible();
  await noAxeViolation(app, 'keep one');
  await dialog.getByRole('button', { name: `Keep the version from ${INA.name}` }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Done: one version kept.' })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('heading', { name: 'This case has two versions' })).toHaveCount(0);
  await expect(app.getByLabel('Town or city').first()).toHaveValue('Mahilioŭ');
  await closeVault(app);

  // Gone for good: after reopening, neither marked nor shown.
  await openVault(app, reviewDir, REVIEW_ADMIN);
  await expect(app.getByRole('row', { name: new RegExp(`${title} In review`) })).toBeVisible();
  await expect(app.getByText('Two versions', { exact: true })).toHaveCount(0);
  await app.getByRole('button', { name: title }).click();
  await expect(app.getByLabel('Town or city').first()).toHaveValue('Mahilioŭ');
  await expect(app.getByRole('heading', { name: 'This case has two versions' })).toHaveCount(0);
});
