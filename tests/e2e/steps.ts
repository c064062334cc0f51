import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Person {
  name: string;
  passphrase: string;
}

export const ADMIN: Person = { name: 'Ala Admin', passphrase: 'the river runs under old bridges' };

export const newVaultFolder = () => path.join(mkdtempSync(path.join(tmpdir(), 'safehold-e2e-vault-')), 'vault');

/** Fills the create form and submits it; returns at the recovery-code screen, with the code. */
export async function startVault(app: Page, folder: string, admin: Person = ADMIN): Promise<string> {
  await app.getByRole('tab', { name: 'Create a new vault' }).click();
  await app.getByLabel('Vault folder').fill(folder);
  await app.getByLabel('Your name').fill(admin.name);
  await app.getByLabel('Passphrase', { exact: true }).fill(admin.passphrase);
  await app.getByLabel('Type the passphrase again').fill(admin.passphrase);
  await app.getByRole('button', { name: 'Create the vault' }).click();
  await expect(app.getByRole('heading', { name: 'Write down your recovery code' })).toBeVisible({ timeout: 30_000 });
  const code = (await app.getByLabel('Recovery code', { exact: true }).textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
  return code;
}

export async function confirmRecoveryCode(app: Page, code: string) {
  await app.getByLabel(/last group/).fill(code.split('-').pop()!);
  await app.getByRole('button', { name: 'I have written it down' }).click();
  await expect(app.getByRole('heading', { name: 'Cases' })).toBeVisible();
}

export async function unlock(app: Page, who: Person) {
  // Other screens have a "Name" field too: wait until the unlock screen is really there.
  await expect(app.getByRole('heading', { name: 'Unlock the vault' })).toBeVisible();
  await app.getByLabel('Name', { exact: true }).fill(who.name);
  await app.getByLabel('Passphrase', { exact: true }).fill(who.passphrase);
  await app.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(app.getByRole('button', { name: 'Lock', exact: true })).toBeVisible({ timeout: 30_000 });
}

/** On the Users screen: adds a user with exactly these roles. */
export async function addUser(app: Page, who: Person, roles: readonly ('Intake' | 'Reviewer' | 'Administrator')[]) {
  await app.getByLabel('Name', { exact: true }).fill(who.name);
  await app.getByLabel('Their first passphrase').fill(who.passphrase);
  for (const role of ['Intake', 'Reviewer', 'Administrator'] as const) {
    const box = app.getByRole('checkbox', { name: role });
    if (roles.includes(role)) await box.check();
    else await box.uncheck();
  }
  await app.getByRole('button', { name: 'Add user' }).click();
  await expect(app.getByRole('status').filter({ hasText: `${who.name} can now unlock the vault.` })).toBeVisible({ timeout: 30_000 });
}

/**
 * The redaction editor's whole text. CodeMirror draws only the lines in view, so the text is
 * read from the editor's state through the element it hangs on (an internal of CodeMirror).
 */
export const editorText = (app: Page) =>
  app.locator('.published-text .cm-content').evaluate((el) => (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } } } } } }).cmTile.root.view.state.doc.toString());

/** Selects the first occurrence of `words` in the redaction editor, as a person would by mouse. */
export const selectInEditor = (app: Page, words: string) =>
  app.locator('.published-text .cm-content').evaluate((el, w) => {
    const view = (el as unknown as { cmTile: { root: { view: { state: { doc: { toString(): string } }; dispatch(spec: unknown): void; focus(): void } } } }).cmTile.root.view;
    const at = view.state.doc.toString().indexOf(w);
    if (at < 0) throw new Error(`“${w}” is not in the published text`);
    view.dispatch({ selection: { anchor: at, head: at + w.length }, scrollIntoView: true });
    view.focus();
  }, words);

/** Types at the very end of the redaction editor's text. */
export async function typeAtEnd(app: Page, words: string) {
  await app.locator('.published-text .cm-content').click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(words);
}

/** Sends the redaction for review, through its confirmation. */
export async function sendForReview(app: Page) {
  await app.getByRole('button', { name: 'Send for review' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Send for review' }).click();
  await expect(app.locator('.workflow-bar .badge')).toHaveText('In review');
}
