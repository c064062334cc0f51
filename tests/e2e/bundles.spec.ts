import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { requestChanges } from '../../electron/core/workflow/steps';
import { caseInReview, REVIEWER as RITA, trustingVaults, unlockedAs } from '../helpers/laptops';
import { ADMIN as CORE_ADMIN, FLOOR_KDF, removeTempFolders, tempFolder } from '../helpers/vault';
import { expect, test } from './fixtures';
import { closeVault, openVault, type Person } from './steps';

const ALA: Person = { name: CORE_ADMIN.name, passphrase: CORE_ADMIN.passphrase };

test.afterAll(removeTempFolders);

/** Two laptops that trust each other, made through the core: intake with a case in review, and a reviewer's laptop. */
async function twoLaptops() {
  const { intake, intakeDir, reviewDir, rita, ala } = await trustingVaults({ reviewLaptop: true, kdf: FLOOR_KDF });
  const id = caseInReview(intake);
  const title = intake.get(id).data.story!.title!;
  intake.lock();
  return { intakeDir, reviewDir, id, title, rita, ala };
}

const bundleIn = (folder: string) => path.join(folder, readdirSync(folder).find((f) => f.endsWith('.safehold-bundle'))!);

test('a case goes to the reviewer’s laptop and the decision comes back, through the app', async ({ app }) => {
  test.setTimeout(240_000);
  const { intakeDir, reviewDir, id, title, rita, ala } = await twoLaptops();
  const stick = tempFolder('safehold-e2e-stick-');
  const back = tempFolder('safehold-e2e-stick-');

  // Intake: the contact card's fingerprint on screen, as digits and as a QR code; then send.
  await openVault(app, intakeDir, ALA);
  await app.getByRole('button', { name: 'Contacts', exact: true }).click();
  await expect(app.getByLabel(`Fingerprint of ${ALA.name}`)).toHaveText(ala);
  await expect(app.getByRole('img', { name: 'The fingerprint as a QR code' })).toBeVisible();
  await expect(app.getByRole('cell', { name: rita })).toBeVisible();
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Send to').selectOption(rita);
  await app.getByRole('checkbox', { name: title }).check();
  await app.getByLabel('Folder to write the bundle in (a USB stick)').fill(stick);
  await app.getByRole('button', { name: 'Seal and write' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'sealed and written' })).toBeVisible({ timeout: 30_000 });
  const sent = bundleIn(stick);
  expect(readFileSync(sent).includes(Buffer.from(title))).toBe(false);
  await closeVault(app);

  // The reviewer's laptop: who signed it, a tampered copy refused, then the real one taken in.
  await openVault(app, reviewDir, RITA);
  await app.getByRole('button', { name: 'Contacts', exact: true }).click();
  await expect(app.getByText("This vault is a reviewer's laptop")).toBeVisible();
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  const tampered = path.join(stick, 'tampered.safehold-bundle');
  const bytes = readFileSync(sent);
  bytes[bytes.length - 50]! ^= 1;
  writeFileSync(tampered, bytes);
  await app.getByLabel('Bundle file').fill(tampered);
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'damaged or was changed' })).toBeVisible({ timeout: 30_000 });
  await app.getByLabel('Bundle file').fill(sent);
  await app.getByRole('button', { name: 'Who signed it?' }).click();
  await expect(app.getByRole('status').filter({ hasText: `signed by ${ALA.name}, a trusted contact (fingerprint ${ala})` })).toBeVisible({ timeout: 30_000 });
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('status').filter({ hasText: `From ${ALA.name}: 1 added, 0 updated, 0 kept in two versions.` })).toBeVisible({ timeout: 30_000 });
  await closeVault(app);

  // The reviewer asks for changes (the review screen is tested elsewhere), and sends the decision back.
  const reviewer = await unlockedAs(reviewDir, RITA, FLOOR_KDF);
  requestChanges(reviewer, id, 'Say less about the plant.');
  reviewer.lock();
  await openVault(app, reviewDir, RITA);
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Send to').selectOption(ala);
  await app.getByRole('checkbox', { name: title }).check();
  await app.getByLabel('Folder to write the bundle in (a USB stick)').fill(back);
  await app.getByRole('button', { name: 'Seal and write' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'sealed and written' })).toBeVisible({ timeout: 30_000 });
  await closeVault(app);

  // Intake takes the decision in: the case is back with the reviewer's comment.
  await openVault(app, intakeDir, ALA);
  await app.getByRole('button', { name: 'Bundles', exact: true }).click();
  await app.getByLabel('Bundle file').fill(bundleIn(back));
  await app.getByRole('button', { name: 'Take it in' }).click();
  await expect(app.getByRole('status').filter({ hasText: `From ${RITA.name}: 0 added, 1 updated, 0 kept in two versions.` })).toBeVisible({ timeout: 30_000 });
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(app.getByRole('button', { name: title })).toBeVisible();
  await expect(app.getByRole('row', { name: new RegExp(`${title} Changes requested`) })).toBeVisible();
});
