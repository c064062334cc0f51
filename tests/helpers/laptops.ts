import { redactStory } from '../../shared/redaction';
import type { KdfParams } from '../../electron/core/crypto/sodium';
import { exportCard, importContact } from '../../electron/core/contacts/contactStore';
import { Vault } from '../../electron/core/vault/vault';
import { submitForReview } from '../../electron/core/workflow/publish';
import { saveRedaction } from '../../electron/core/workflow/steps';
import { ADMIN, fixture, newVault, TEST_KDF } from './vault';

export interface Person {
  name: string;
  passphrase: string;
}

export const REVIEWER: Person = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };

/** Opens the vault in `dir` and unlocks it as `who`; `kdf` as the vault was made with. */
export async function unlockedAs(dir: string, who: Person, kdf: KdfParams = TEST_KDF): Promise<Vault> {
  const vault = await Vault.open(dir, { kdf });
  await vault.unlock(who.name, who.passphrase);
  return vault;
}

/**
 * Two vaults that trust each other, as after the contact cards were exchanged: intake, whose
 * admin (ADMIN) sends, left unlocked, and a review vault with the reviewer REVIEWER, locked;
 * `reviewLaptop` makes the second a reviewer's laptop. `kdf` is the unit tests' fast one unless
 * given: vaults the app opens need FLOOR_KDF, which its bridge accepts.
 */
export async function trustingVaults({ reviewLaptop = false, kdf = TEST_KDF }: { reviewLaptop?: boolean; kdf?: KdfParams } = {}) {
  const intake = await newVault(kdf);
  const review = await newVault(kdf);
  await review.vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  const rita = exportCard(review.vault, REVIEWER.name);
  const ala = exportCard(intake.vault, ADMIN.name);
  importContact(intake.vault, rita.text, rita.fingerprint);
  importContact(review.vault, ala.text, ala.fingerprint);
  if (reviewLaptop) review.vault.makeReviewLaptop();
  review.vault.lock();
  return { intake: intake.vault, intakeDir: intake.dir, reviewDir: review.dir, rita: rita.fingerprint, ala: ala.fingerprint };
}

/** Takes every default suggestion of the redaction engine and submits the case for review. */
export function redactAndSubmit(vault: Vault, id: string): void {
  const record = vault.get(id);
  saveRedaction(vault, id, record.version, { title: redactStory(record.data, record.data.story!.title!).text, text: redactStory(record.data).text, decisions: [] });
  submitForReview(vault, id);
}

/** Imports a case of the project's fixtures and submits it for review, redacted as the engine suggests. */
export function caseInReview(vault: Vault, name = 'own-04-babruisk-metrologist'): string {
  const [id] = vault.importCases([{ name: `${name}.json`, content: JSON.stringify(fixture(name)) }]);
  redactAndSubmit(vault, id!);
  return id!;
}

/** The intake side takes a case back from review, adds a line to its story and sends it for review again. */
export function editAndResubmit(vault: Vault, id: string, line: string): void {
  const current = vault.get(id);
  const back = vault.saveCase(id, current.version, current.data);
  saveRedaction(vault, id, back.version, { title: back.redaction!.title, text: `${back.redaction!.text}\n${line}`, decisions: [] });
  submitForReview(vault, id);
}
