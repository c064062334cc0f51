import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { ADMIN, closeVault, confirmRecoveryCode, newVaultFolder, openVault, startVault } from './steps';

const fixture = (name: string) => Buffer.from(readFileSync(`tests/fixtures/${name}`));
const nav = (lang: string) => (JSON.parse(readFileSync(`renderer/src/i18n/${lang}.json`, 'utf8')) as { nav: { audit: string; backup: string } }).nav;

/** Text a person reads, without the names of files, case ids and products, which are the same in every language. */
async function words(where: Locator, ids: string[]): Promise<string> {
  let text = (await where.innerText()).replace(/Safehold|[\w/-]+\.(journal|rec|log|json)|\d{4}-\d\d-\d\dT[\d:.]+Z/g, '');
  for (const id of ids) text = text.replaceAll(id, '');
  return text;
}

async function inLanguage(app: Page, lang: 'ru' | 'be' | 'en') {
  await app.locator('.language-switch select').selectOption(lang);
  await expect(app.locator('html')).toHaveAttribute('lang', lang);
}

test('damage found at unlock, by verify and by a restore is worded in Russian and Belarusian, one place per item', async ({ app }) => {
  test.setTimeout(300_000);
  const folder = newVaultFolder();
  await confirmRecoveryCode(app, await startVault(app, folder));
  await app.locator('input[type=file]').setInputFiles([
    { name: 'own-01.case.json', mimeType: 'application/json', buffer: fixture('own-01-lida-teacher.case.json') },
    { name: 'own-02.case.json', mimeType: 'application/json', buffer: fixture('own-02-homel-russian.case.json') },
  ]);
  await expect(app.getByText('Imported: 2.')).toBeVisible();
  await closeVault(app);

  // Outside Safehold: the index journal is deleted and one case file has a byte flipped.
  const files = readdirSync(path.join(folder, 'cases'));
  const ids = files.map((name) => name.replace(/\.rec$/, ''));
  rmSync(path.join(folder, 'index.journal'));
  const flipped = readFileSync(path.join(folder, 'cases', files[0]!));
  flipped[flipped.length - 5]! ^= 0x01;
  writeFileSync(path.join(folder, 'cases', files[0]!), flipped);

  await openVault(app, folder, ADMIN);
  const warning = app.locator('.integrity-warning');
  await expect(warning.getByRole('listitem')).toHaveCount(3);
  await expect(warning).toContainText('index.journal has 0 entries, but the vault head says 2');

  // A backup before verify: the restored vault's verify names what this unlock found.
  const backups = mkdtempSync(path.join(tmpdir(), 'safehold-e2e-backup-'));
  await app.getByRole('button', { name: 'Backup' }).click();
  await app.getByLabel('Folder for the backup file').fill(backups);
  await app.getByRole('button', { name: 'Write the backup' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Backup written and checked' })).toBeVisible({ timeout: 60_000 });
  const backup = path.join(backups, readdirSync(backups).find((name) => name.endsWith('.shb'))!);

  for (const [lang, title, found, verifyButton] of [
    ['ru', 'Хранилище изменяли в обход Safehold', 'Найдены повреждения', 'Проверить хранилище и журнал'],
    ['be', 'Сховішча змянялі ў абыход Safehold', 'Знойдзены пашкоджанні', 'Праверыць сховішча і журнал'],
  ] as const) {
    await inLanguage(app, lang);
    await expect(warning.locator('h2')).toHaveText(title);
    expect(await words(warning, ids)).not.toMatch(/[A-Za-z]{2,}/);
    await screenshot(app, `damage-unlock-${lang}`);

    await app.getByRole('navigation').getByRole('button', { name: nav(lang).audit }).click();
    await app.getByRole('button', { name: verifyButton }).click();
    const damage = app.getByRole('alert').filter({ hasText: found });
    await expect(damage.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
    expect(await words(damage, ids)).not.toMatch(/[A-Za-z]{2,}/);
    expect(await words(app.locator('main'), ids)).not.toMatch(/index\.journal has|failed its integrity|found at unlock/);
    await screenshot(app, `damage-verify-${lang}`);

    await app.getByRole('navigation').getByRole('button', { name: nav(lang).backup }).click();
    const restoreForm = app.locator('form').nth(1);
    await restoreForm.getByRole('textbox').nth(0).fill(backup);
    await restoreForm.getByRole('textbox').nth(1).fill(path.join(backups, `restored-${lang}`));
    await restoreForm.getByRole('textbox').nth(2).fill(ADMIN.name);
    await restoreForm.locator('input[type=password]').fill(ADMIN.passphrase);
    await restoreForm.getByRole('button').last().click();
    const restored = app.getByRole('alert').filter({ hasText: found });
    await expect(restored.getByRole('listitem').first()).toBeVisible({ timeout: 60_000 });
    expect(await words(restored, ids)).not.toMatch(/[A-Za-z]{2,}/);
    await screenshot(app, `damage-restore-${lang}`);
  }
  await inLanguage(app, 'en');
});
