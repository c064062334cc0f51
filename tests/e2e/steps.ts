import { mkdtempSync, readFileSync } from 'node:fs';
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

/** From the start screen: opens the vault in FOLDER and unlocks it as WHO. */
export async function openVault(app: Page, folder: string, who: Person) {
  await app.getByRole('tab', { name: 'Open a vault' }).click();
  await app.getByLabel('Vault folder').fill(folder);
  await app.getByRole('button', { name: 'Open', exact: true }).click();
  await unlock(app, who);
}

/** Locks the vault and goes back to the start screen. */
export async function closeVault(app: Page) {
  await app.getByRole('button', { name: 'Lock', exact: true }).click();
  await app.getByRole('button', { name: 'Use another vault' }).click();
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

const editorNames = ['en', 'ru', 'be'].map((lang) => (JSON.parse(readFileSync(`renderer/src/i18n/${lang}.json`, 'utf8')) as { redaction: { publishedText: string } }).redaction.publishedText);

/** The redaction editor, found as a screen reader finds it: the text box named "Published text", in any language. */
export const publishedText = (app: Page) => app.getByRole('textbox', { name: new RegExp(`^(${editorNames.join('|')})$`) });

/**
 * The redaction editor's whole text, as a person gets it: select all, copy. The editor draws
 * only the lines near what is in view, so reading the screen would miss the rest. The copy is
 * read from the copy event itself, so the system clipboard is not read.
 */
export async function editorText(app: Page): Promise<string> {
  const box = publishedText(app);
  await box.focus();
  const copied = app.evaluate(
    () =>
      new Promise<string>((resolve) => {
        window.addEventListener('copy', (e) => resolve(e.clipboardData?.getData('text/plain') ?? ''), { once: true });
      }),
  );
  await app.keyboard.press('Control+A');
  await app.keyboard.press('Control+C');
  const text = await copied;
  // The cursor goes to the end, where its card covers none of the text.
  await app.keyboard.press('Control+End');
  return text;
}

/**
 * Selects the first occurrence of `words` in the redaction editor with the mouse: pressed
 * before its first letter, released after its last, as a person drags over words.
 */
export async function selectInEditor(app: Page, words: string) {
  const box = publishedText(app);
  await box.scrollIntoViewIfNeeded();
  const ends = await box.evaluate((root, w) => {
    // The visible text is split into pieces by the highlights: find the words across them.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const whole = nodes.map((n) => n.data).join('');
    const at = whole.indexOf(w);
    if (at < 0) return null;
    // Scrolled into the middle of the view first, as a person scrolls to the words they want.
    let seen = 0;
    for (const node of nodes) {
      if (at < seen + node.data.length) {
        node.parentElement!.scrollIntoView({ block: 'center' });
        break;
      }
      seen += node.data.length;
    }
    const place = (offset: number, last: boolean) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length || (last && offset === seen + node.data.length)) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      throw new Error('offset outside the text');
    };
    const rectOf = (offset: number, last: boolean) => {
      const { node, offset: o } = place(offset, last);
      const range = document.createRange();
      range.setStart(node, last ? o - 1 : o);
      range.setEnd(node, last ? o : o + 1);
      const r = range.getBoundingClientRect();
      return { x: last ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
    };
    const ends = { from: rectOf(at, false), to: rectOf(at + w.length, true) };
    // A person cannot drag over words that something else covers.
    for (const p of [ends.from, ends.to]) if (!root.contains(document.elementFromPoint(p.x, p.y))) throw new Error(`“${w}” is covered by something else on the screen`);
    return ends;
  }, words);
  if (!ends) throw new Error(`“${words}” is not in the published text`);
  await app.mouse.move(ends.from.x, ends.from.y);
  await app.mouse.down();
  await app.mouse.move(ends.to.x, ends.to.y, { steps: 5 });
  await app.mouse.up();
}

/** Types at the very end of the redaction editor's text. */
export async function typeAtEnd(app: Page, words: string) {
  await publishedText(app).click();
  await app.keyboard.press('Control+End');
  await app.keyboard.type(words);
}

/** Sends the redaction for review, through its confirmation. */
export async function sendForReview(app: Page) {
  await app.getByRole('button', { name: 'Send for review' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Send for review' }).click();
  await expect(app.locator('.workflow-bar .badge')).toHaveText('In review');
}
