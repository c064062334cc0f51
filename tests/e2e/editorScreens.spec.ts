import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { addUser, confirmRecoveryCode, editorText, newVaultFolder, startVault, typeAtEnd } from './steps';

const story = JSON.parse(readFileSync('tests/fixtures/own-04-babruisk-metrologist.case.json', 'utf8'));
story.needs[0].purpose = 'the lawyer for Mikhail at the trial';

async function check(app: Page, name: string) {
  const results = await new AxeBuilder({ page: app }).analyze();
  expect(results.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  const sideways = await app.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(sideways, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}

const openCase = async (app: Page) => {
  await app.locator('.sidebar button').first().click();
  await app.getByRole('button', { name: story.story.title }).click();
};

/** The screens and questions of the editor's workflow: each drawn, checked by axe, in three languages. */
const SCREENS: [string, (app: Page) => Promise<void>, ((app: Page) => Promise<void>)?][] = [
  ['redaction', async (app) => {
    await openCase(app);
    await app.locator('.head-actions button').first().click();
    await expect.poll(() => editorText(app), { timeout: 30_000 }).not.toBe('');
  }],
  ['review', async (app) => {
    await openCase(app);
    await app.locator('.head-actions button').nth(1).click();
    await expect(app.locator('.review .compare').nth(1)).toBeVisible();
  }],
  ['delete-case', async (app) => {
    await openCase(app);
    await app.locator('.danger-zone button').click();
    await expect(app.getByRole('dialog')).toBeVisible();
  }, (app) => app.keyboard.press('Escape')],
  ['remove-user', async (app) => {
    await app.locator('.sidebar button').nth(1).click();
    await app.locator('td .danger-link').click();
    await expect(app.getByRole('dialog')).toBeVisible();
  }, (app) => app.keyboard.press('Escape')],
];

for (const zoom of [1, 2] as const) {
  test(`the editor's screens and questions in three languages at ${zoom * 100}%: no axe violation, no sideways scroll`, async ({ app }) => {
    test.setTimeout(300_000);
    await app.setViewportSize({ width: 1280 / zoom, height: 800 / zoom });
    await confirmRecoveryCode(app, await startVault(app, newVaultFolder()));
    await app.getByRole('button', { name: 'Users' }).click();
    await addUser(app, { name: 'Rita Reviewer', passphrase: 'seven quiet owls watch the road' }, ['Reviewer']);
    await app.getByRole('button', { name: 'Cases', exact: true }).click();
    await app.locator('input[type=file]').setInputFiles([{ name: 'own-04.case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(story)) }]);
    // A redaction saved once, so the review has something to show.
    await openCase(app);
    await app.getByRole('button', { name: 'Redaction editor' }).click();
    await typeAtEnd(app, '\nThank you for reading.');
    await expect(app.getByText('Saved, encrypted', { exact: true })).toBeVisible();
    for (const lang of ['en', 'ru', 'be'] as const) {
      await app.locator('.language-switch select').selectOption(lang);
      for (const [name, go, leave] of SCREENS) {
        await go(app);
        await screenshot(app, `editor-${name}-${lang}-${zoom * 100}`);
        await check(app, `${name}-${lang}-${zoom * 100}`);
        await leave?.(app);
      }
    }
  });
}
