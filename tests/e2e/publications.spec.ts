import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { receiveBundle } from '../../electron/core/bundles/receive';
import { sendBundle } from '../../electron/core/bundles/send';
import { verifyExportFolder } from '../../electron/core/workflow/exportFolder';
import { approve, exportCase, remainingRisks } from '../../electron/core/workflow/publish';
import { caseInReview, REVIEWER as RITA, trustingVaults, unlockedAs } from '../helpers/laptops';
import { ADMIN as CORE_ADMIN, FLOOR_KDF, removeTempFolders, tempFolder } from '../helpers/vault';
import { expect, screenshot, test } from './fixtures';
import { closeVault, openVault, type Person } from './steps';

const ALA: Person = { name: CORE_ADMIN.name, passphrase: CORE_ADMIN.passphrase };

test.afterAll(removeTempFolders);

/**
 * Through the core, what other specs drive through the app: intake sends a case for review,
 * the reviewer's laptop takes it in, approves it, and exports the publication before the
 * decision goes back (the order that used to stop the decision).
 */
async function approvedAndExported() {
  const { intake, intakeDir, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true, kdf: FLOOR_KDF });
  const id = caseInReview(intake);
  const title = intake.get(id).data.story!.title!;
  const forReview = sendBundle(intake, { to: [rita], caseIds: [id], file: path.join(tempFolder('safehold-e2e-stick-'), 'r.safehold-bundle') });
  intake.lock();

  const reviewer = await unlockedAs(reviewDir, RITA, FLOOR_KDF);
  receiveBundle(reviewer, forReview.file);
  approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
  const atReviewer = path.join(tempFolder(), 'at-reviewer');
  exportCase(reviewer, id, atReviewer);
  const ritaKey = reviewer.publicKeysOf(RITA.name).sign;
  const published = reviewer.get(id).redaction!.title;
  reviewer.lock();
  return { intakeDir, reviewDir, id, title, published, ala, ritaKey, atReviewer };
}

const bundleIn = (folder: string) => path.join(folder, readdirSync(folder).find((f) => f.endsWith('.safehold-bundle'))!);

async function noAxeViolation(app: Page, name: string) {
  const results = await new AxeBuilder({ page: app }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const sideways = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('an exported case’s decision and its approved publication go back through the app; the publication is listed, exported and verifies', async ({ app }) => {
  test.setTimeout(300_000);
  const { intakeDir, reviewDir, id, title, published, ala, ritaKey, atReviewer } = await approvedAndExported();
  const decisionStick = tempFolder('safehold-e2e-stick-');
  const publicationStick = tempFolder('safehold-e2e-stick-');

  // The reviewer's laptop: the exported case is offered, and its decision goes back.
  await openVault(app, reviewDir, RITA);
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Send to').selectOption(ala);
  await app.getByRole('checkbox', { name: `${title} (Exported)` }).check();
  await app.getByLabel('Folder to write the bundle in (a USB stick)').fill(decisionStick);
  await app.getByRole('button', { name: 'Seal and write' }).click();
  await expect(app.getByRole('status').filter({ hasText: '1 case(s) sealed and written' })).toBeVisible({ timeout: 30_000 });
  // Then its approved publication, by keyboard: only what export writes.
  await app.getByRole('radio', { name: /Approved publications/ }).focus();
  await app.keyboard.press('Space');
  await app.getByRole('checkbox', { name: `${title} (Exported)` }).check();
  await app.getByLabel('Folder to write the bundle in (a USB stick)').fill(publicationStick);
  await app.getByRole('button', { name: 'Seal and write' }).click();
  await expect(app.getByRole('status').filter({ hasText: '1 approved publication(s) sealed and written' })).toBeVisible({ timeout: 30_000 });
  await screenshot(app, 'bundles-send-publication');
  await closeVault(app);
  expect(readFileSync(bundleIn(publicationStick)).includes(Buffer.from(published))).toBe(false);

  // The intake laptop: the decision is taken in, the case approved.
  await openVault(app, intakeDir, ALA);
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Bundle file').fill(bundleIn(decisionStick));
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('status').filter({ hasText: `From ${RITA.name}: 0 added, 1 updated, 0 kept in two versions.` })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('heading', { name: 'Updated (1)' })).toBeVisible();
  await expect(app.getByRole('button', { name: `Open case ${id}` })).toBeVisible();
  // The publication: received, named, and not a case.
  await app.getByLabel('Bundle file').fill(bundleIn(publicationStick));
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('status').filter({ hasText: `From ${RITA.name}: 1 approved publication(s) received.` })).toBeVisible({ timeout: 30_000 });
  await expect(app.getByRole('heading', { name: 'Approved publications received (1): they are not cases' })).toBeVisible();
  await screenshot(app, 'bundles-received-publication');
  await noAxeViolation(app, 'bundles with the outcome');
  await app.getByRole('button', { name: 'Open the received publications' }).click();

  const table = app.getByRole('table', { name: 'Received publications: 1' });
  await expect(table.getByRole('row', { name: new RegExp(published.slice(0, 20)) })).toContainText(`${RITA.name} on`);
  await expect(table).toContainText(`from ${RITA.name}`);
  await screenshot(app, 'publications');
  await noAxeViolation(app, 'publications');
  for (const [lang, heading] of [['ru', 'Полученные публикации'], ['be', 'Атрыманыя публікацыі']] as const) {
    await app.locator('.language-switch select').selectOption(lang);
    await expect(app.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
    await screenshot(app, `publications-${lang}`);
    await noAxeViolation(app, `publications (${lang})`);
  }
  await app.locator('.language-switch select').selectOption('en');
  // At 200% zoom (a 1280 px window laid out 640 CSS px wide) the table scrolls in its own box, the page does not.
  await app.setViewportSize({ width: 640, height: 400 });
  await noAxeViolation(app, 'publications at 200%');
  await screenshot(app, 'publications-200');
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await noAxeViolation(app, 'bundles at 200%');
  await app.getByRole('button', { name: 'Publications', exact: true }).click();
  await app.setViewportSize({ width: 1280, height: 800 });

  // Exported by keyboard into a new folder; a folder with something in it is refused.
  const out = path.join(tempFolder(), 'to-publish');
  await app.getByRole('button', { name: `Export “${published}”` }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: `Export “${published}”` })).toBeFocused();
  await app.getByLabel('New or empty folder').fill(atReviewer);
  await app.getByRole('button', { name: 'Check and write' }).click();
  await expect(app.getByRole('alert')).toBeVisible({ timeout: 30_000 });
  await app.getByLabel('New or empty folder').fill(out);
  await app.getByRole('button', { name: 'Check and write' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Written to ${out}: story.md, story.html, story.json.` })).toBeVisible({ timeout: 30_000 });
  await screenshot(app, 'publications-exported');
  await noAxeViolation(app, 'publication exported');
  expect(existsSync(path.join(out, 'story.json'))).toBe(true);
  // What `export verify` checks, under the reviewer's key; the same files the reviewer's export wrote.
  expect(verifyExportFolder(out, [ritaKey])).toMatchObject({ problems: [], signer: 'trusted' });
  for (const name of ['story.json', 'story.md', 'story.html']) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(atReviewer, name), 'utf8'));
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(app.getByRole('row', { name: new RegExp(`${title} Approved`) })).toBeVisible();
});
