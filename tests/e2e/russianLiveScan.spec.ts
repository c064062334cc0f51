import path from 'node:path';
import type { Page } from '@playwright/test';
import { Vault } from '../../electron/core/vault/vault';
import { ADMIN, FLOOR_KDF, removeTempFolders, tempFolder } from '../helpers/vault';
import { expect, test } from './fixtures';
import { editorText, openVault, typeAtEnd } from './steps';

// A Russian case: the record's occupation and name are found in the story in any case form
// only by the Russian dictionaries, which the editor's engine worker loads.
const story = {
  format: 'case-file/1',
  subject: { fullName: 'Светлана Андреевна Кравец', gender: 'female', birthDate: '1988-03-14', city: 'Молодечно', occupation: 'инженер-технолог', employer: 'Молодечненский завод' },
  relatives: [{ relation: 'husband', fullName: 'Олег Кравец' }],
  legal: { articles: ['342'], events: [{ date: '2021-05-12', kind: 'detention', place: 'Молодечно' }] },
  story: { title: 'Письма из колонии', language: 'ru', text: 'Светлана Кравец живёт в Молодечно. Её задержали весной.' },
};

test.afterAll(removeTempFolders);

/**
 * Makes a vault holding `theCase` through the core, at the Argon2 floor (the app's calibrated one is
 * not what is tested here), opens it in the app and the case in the redaction editor, and waits until
 * the editor shows the story: it does once the worker has read it with the dictionaries.
 */
async function openInEditor(app: Page, theCase: typeof story) {
  const folder = path.join(tempFolder(), 'vault');
  const { vault } = await Vault.create(folder, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: FLOOR_KDF });
  vault.importCases([{ name: 'ru.case.json', content: JSON.stringify(theCase) }]);
  vault.lock();
  await openVault(app, folder, ADMIN);
  await app.getByRole('button', { name: 'Cases', exact: true }).click();
  await app.getByRole('button', { name: theCase.story.title }).click();
  await app.getByRole('button', { name: 'Redaction editor' }).click();
  await expect.poll(() => editorText(app), { timeout: 60_000 }).not.toBe('');
}

test('the editor opens with the declined forms only the dictionaries know already replaced', async ({ app }) => {
  test.setTimeout(180_000);
  const declined = { ...story, story: { ...story.story, title: 'Письма инженера', text: 'Светлана Кравец живёт в Молодечно. Раньше она работала инженером-технологом на заводе.' } };
  await openInEditor(app, declined);
  // The first marks are the worker's, made with the dictionaries: the instrumental of the record's occupation is one of them.
  expect(await editorText(app)).not.toContain('инженером-технологом');
  await expect(app.getByText('The Russian dictionaries did not load')).toHaveCount(0);
});

test('the editor underlines, as one types, a Russian declined form only the dictionaries know, and replaces it in its case', async ({ app }) => {
  test.setTimeout(180_000);
  await openInEditor(app, story);

  await typeAtEnd(app, '\nСоседи поддерживают Светлану. Раньше она работала инженером-технологом на заводе.');
  // «инженером-технологом» is the record's occupation in the instrumental: only its lemma finds it.
  await expect(app.locator('.cm-live', { hasText: 'инженером-технологом' })).toBeVisible({ timeout: 60_000 });
  // The name's replacement is put in the accusative the sentence needs (Елену, not Елена).
  await app.getByRole('button', { name: /“Светлану” reveals/ }).click();
  await expect(app.locator('.cm-live', { hasText: 'Светлану' })).toBeVisible();
  await app.keyboard.press('Alt+Enter');
  await expect.poll(() => editorText(app)).toMatch(/Соседи поддерживают [А-ЯЁ][а-яё]+[ую]\. Раньше/u);
});
