import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { confirmRecoveryCode, editorText, newVaultFolder, startVault } from './steps';

const story = JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8'));

type NavKey = 'cases' | 'users' | 'audit' | 'backup' | 'contacts' | 'bundles' | 'publications' | 'preferences';
const labels = ['en', 'ru', 'be'].map((lang) => (JSON.parse(readFileSync(`renderer/src/i18n/${lang}.json`, 'utf8')) as { nav: Record<NavKey, string> }).nav);
/** The navigation's button for a screen, by its name in whichever language is on. */
const navTo = (app: Page, key: NavKey) =>
  app.getByRole('navigation').getByRole('button', { name: new RegExp(`^(${labels.map((l) => l[key]).join('|')})$`) }).click();

/** Every screen a person walks through, reached from the navigation. */
const SCREENS: [string, (app: Page) => Promise<void>][] = [
  ['cases', (app) => navTo(app, 'cases')],
  ['case', async (app) => {
    await navTo(app, 'cases');
    await app.getByRole('button', { name: story.story.title }).click();
  }],
  ['redaction', async (app) => {
    await app.locator('.head-actions button').first().click();
    await expect.poll(() => editorText(app), { timeout: 30_000 }).not.toBe('');
  }],
  ...(['users', 'audit', 'backup', 'contacts', 'bundles', 'publications', 'preferences'] as const).map(
    (key): [string, (app: Page) => Promise<void>] => [key, (app) => navTo(app, key)],
  ),
];

async function check(app: Page, name: string) {
  await expect(app.locator('#main-content h1')).toBeVisible();
  const results = await new AxeBuilder({ page: app }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const sideways = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const zoom of [1, 2] as const) {
  test(`every screen in three languages at ${zoom * 100}% zoom: no axe violation, no sideways scroll`, async ({ app }) => {
    test.setTimeout(300_000);
    // 200% zoom on a 1280 px wide window lays the page out 640 CSS px wide.
    await app.setViewportSize({ width: 1280 / zoom, height: 800 / zoom });
    await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
    await app.locator('input[type=file]').setInputFiles([{ name: 'own-04.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
    await expect(app.getByRole('button', { name: story.story.title })).toBeVisible();
    for (const lang of ['en', 'ru', 'be'] as const) {
      await app.locator('.language-switch select').selectOption(lang);
      for (const [name, go] of SCREENS) {
        await go(app);
        await screenshot(app, `a11y-${name}-${lang}-${zoom * 100}`);
        await check(app, `${name}-${lang}`);
      }
    }
  });
}
