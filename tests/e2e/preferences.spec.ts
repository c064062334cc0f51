import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

const LANGUAGES = [
  { code: 'en', label: 'English', heading: 'Preferences', saved: 'Preferences saved.' },
  { code: 'ru', label: 'Русский', heading: 'Настройки', saved: 'Настройки сохранены.' },
  { code: 'be', label: 'Беларуская', heading: 'Налады', saved: 'Налады захаваны.' },
] as const;

const openPreferences = (app: Page, label = 'Preferences') => app.getByRole('button', { name: label, exact: true }).click();

test('preferences make a real round trip and survive a reload', async ({ app }) => {
  await openPreferences(app);
  await expect(app.getByRole('heading', { name: 'Preferences' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Preview' })).toContainText('Preview');
  const minutes = app.getByLabel('Lock automatically after');
  await minutes.fill('15');
  await app.getByRole('button', { name: 'Save preferences' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'Preferences saved.' })).toHaveText('Preferences saved.');

  await app.getByLabel('Language', { exact: true }).selectOption('ru');
  await expect(app.getByRole('heading', { name: 'Настройки' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'ru');

  await app.reload();
  await openPreferences(app, 'Настройки');
  await expect(app.getByRole('heading', { name: 'Настройки' })).toBeVisible();
  await expect(app.getByLabel('Блокировать автоматически через')).toHaveValue('15');
});

test('an out-of-range value is refused next to the field', async ({ app }) => {
  await openPreferences(app);
  const minutes = app.getByLabel('Lock automatically after');
  await minutes.fill('500');
  await app.getByRole('button', { name: 'Save preferences' }).click();
  await expect(app.getByRole('alert')).toHaveText('Enter a whole number of minutes from 1 to 120.');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await app.reload();
  await openPreferences(app);
  await expect(app.getByLabel('Lock automatically after')).toHaveValue('5');
});

test('the preferences screen works from the keyboard alone', async ({ app }) => {
  await openPreferences(app);
  await expect(app.getByRole('heading', { name: 'Preferences' })).toBeVisible();
  const minutes = app.getByLabel('Lock automatically after');
  for (let i = 0; i < 10 && !(await minutes.evaluate((el) => el === document.activeElement)); i++) {
    await app.keyboard.press('Tab');
  }
  await expect(minutes).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('30');
  await app.keyboard.press('Tab');
  await expect(app.getByRole('button', { name: 'Save preferences' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Preferences saved.' })).toHaveText('Preferences saved.');
});

for (const language of LANGUAGES) {
  test(`the frame in ${language.label}`, async ({ app }) => {
    await openPreferences(app);
    await app.getByLabel(/^(Language|Язык|Мова)$/).selectOption(language.code);
    await expect(app.getByRole('heading', { name: language.heading })).toBeVisible();
    await app.locator('form button[type=submit]').click();
    await expect(app.getByRole('status').filter({ hasText: language.saved })).toHaveText(language.saved);
    await screenshot(app, `preferences-${language.code}`);
  });
}

test('the page refuses inline script (CSP) and cannot reach the network', async ({ app }) => {
  await openPreferences(app);
  await expect(app.getByRole('heading', { name: 'Preferences' })).toBeVisible();
  const ranInline = await app.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = true';
    document.body.append(script);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(ranInline).toBe(false);
  const fetched = await app.evaluate(() =>
    fetch('https://example.org/').then(
      () => 'reached',
      () => 'blocked',
    ),
  );
  expect(fetched).toBe('blocked');
});
