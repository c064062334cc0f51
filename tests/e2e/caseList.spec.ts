import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generatedCase } from '../bench/generateVault';
import { expect, screenshot, test } from './fixtures';
import { confirmRecoveryCode, newVaultFolder, startVault } from './steps';

const base = JSON.parse(readFileSync('tests/fixtures/own-01-lida-teacher.case.json', 'utf8')) as Record<string, unknown>;
const COUNT = 120;
const ROWS = 'table.case-table tbody tr button.link';

async function vaultWithCases(app: Page) {
  const code = await startVault(app, newVaultFolder());
  await confirmRecoveryCode(app, code);
  const files = Array.from({ length: COUNT }, (_, i) => ({ name: `case-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(generatedCase(base, i))) }));
  await app.locator('input[type=file]').setInputFiles(files);
  await expect(app.getByText(`Imported: ${COUNT}.`)).toBeVisible({ timeout: 60_000 });
  await expect(app.getByText(`Cases: ${COUNT}`)).toBeVisible();
}

test('the case list: a count, only the rows in view in the page, sortable columns', async ({ app }) => {
  test.setTimeout(180_000);
  await vaultWithCases(app);
  const rendered = await app.locator(ROWS).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(COUNT);

  const title = app.getByRole('columnheader', { name: 'Title' });
  await expect(title).toHaveAttribute('aria-sort', 'none');
  await expect(app.getByRole('columnheader', { name: 'Last change' })).toHaveAttribute('aria-sort', 'descending');
  await title.getByRole('button').click();
  await expect(title).toHaveAttribute('aria-sort', 'ascending');
  // Generated titles begin with a given name: the collator puts Latin before Cyrillic.
  await expect(app.locator(ROWS).first()).toHaveText(/^Aliaksandr /);
  await title.getByRole('button').click();
  await expect(title).toHaveAttribute('aria-sort', 'descending');
  await expect(app.locator(ROWS).first()).toHaveText(/^Сергей /);
  await screenshot(app, 'case-list-sorted-en');

  // The search box and the filters stay on screen while the list scrolls.
  await app.locator('.case-scroll').evaluate((el) => el.scrollTo(0, 2000));
  await expect(app.getByPlaceholder('Search names, titles, places…')).toBeInViewport();
  await expect(app.getByText(`Cases: ${COUNT}`)).toBeInViewport();
});

test('search finds a name in every spelling the engine knows', async ({ app }) => {
  test.setTimeout(180_000);
  await vaultWithCases(app);
  const search = app.getByPlaceholder('Search names, titles, places…');
  await search.fill('Siarhei Kavalenka');
  // Recorded as Сергей, Siarhei or Sergei, and Коваленко or Kavalenka: one spelling finds all six.
  await expect(app.getByText(`Shown: 6 of ${COUNT}`)).toBeVisible();
  const names = (await app.locator(ROWS).allTextContents()).map((t) => t.split(',')[0]).sort();
  expect(names).toEqual(['Sergei Kavalenka', 'Sergei Коваленко', 'Siarhei Kavalenka', 'Siarhei Коваленко', 'Сергей Kavalenka', 'Сергей Коваленко']);
  // Вольга is Ольга's Belarusian pair in the engine's name table, written Volha in Latin.
  await search.fill('Мажейко Ольга');
  await expect(app.getByText(`Shown: 4 of ${COUNT}`)).toBeVisible();
  await screenshot(app, 'case-list-search-en');
  await search.fill('');
  await expect(app.getByText(`Cases: ${COUNT}`)).toBeVisible();
});

test('opening a case and coming back keeps the list where it was', async ({ app }) => {
  test.setTimeout(180_000);
  await vaultWithCases(app);
  const scroller = app.locator('.case-scroll');
  await scroller.evaluate((el) => el.scrollTo(0, 1800));
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(1800);
  const row = app.locator(ROWS).nth(12);
  const name = (await row.textContent())!;
  await row.scrollIntoViewIfNeeded();
  const top = await scroller.evaluate((el) => el.scrollTop);
  await row.click();
  await expect(app.getByRole('group', { name: 'The person' })).toBeVisible();
  await app.getByRole('navigation').getByRole('button', { name: 'Cases', exact: true }).click();
  await expect(app.getByRole('button', { name, exact: true })).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(top);
  await expect(app.getByText(`Cases: ${COUNT}`)).toBeVisible();
});
