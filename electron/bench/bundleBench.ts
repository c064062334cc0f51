import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentOf } from '../core/vault/caseHash';
import { receiveBundle } from '../core/bundles/receive';
import { sendBundle } from '../core/bundles/send';
import { exportCard, importContact } from '../core/contacts/contactStore';
import { cryptoReady, utf8, type KdfParams } from '../core/crypto/sodium';
import { Vault } from '../core/vault/vault';
import { submitForReview } from '../core/workflow/publish';
import { saveRedaction } from '../core/workflow/steps';
import { benchCase } from './corpus';
import { round, type Figure } from './measure';

const FAST_KDF: KdfParams = { opslimit: 1, memlimit: 8192 };
const ADMIN = { name: 'Bench Intake', passphrase: 'bench passphrase for the vault' };
const REVIEWER = { name: 'Bench Reviewer', passphrase: 'bench passphrase of the reviewer' };

async function laptops(root: string) {
  const { vault: intake } = await Vault.create(path.join(root, 'intake'), { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: FAST_KDF });
  const reviewDir = path.join(root, 'review');
  const { vault: review } = await Vault.create(reviewDir, { adminName: 'Bench Admin', passphrase: ADMIN.passphrase, kdf: FAST_KDF });
  await review.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  const reviewerCard = exportCard(review, REVIEWER.name);
  const intakeCard = exportCard(intake, ADMIN.name);
  importContact(intake, reviewerCard.text, reviewerCard.fingerprint);
  importContact(review, intakeCard.text, intakeCard.fingerprint);
  review.lock();
  await review.unlock(REVIEWER.name, REVIEWER.passphrase);
  return { intake, review, to: reviewerCard.fingerprint };
}

/**
 * The bundle format's cost for 1 and 100 cases of about 5 kB of story each: the file's size
 * beside the JSON of the cases it carries (padding, slots, signature, lineage and field names),
 * and the time to seal and write, and to open, verify and merge, per case.
 */
export async function bundleBench(fixturesDir: string, counts = [1, 100]): Promise<Figure[]> {
  await cryptoReady();
  const figures: Figure[] = [];
  for (const count of counts) {
    const root = mkdtempSync(path.join(tmpdir(), 'safehold-bench-bundle-'));
    try {
      const { intake, review, to } = await laptops(root);
      const base = benchCase(fixturesDir);
      const ids = intake.importCases(Array.from({ length: count }, (_, i) => ({ name: `c${i}`, content: JSON.stringify({ ...base, story: { title: `Case ${i}`, text: base.story!.text.slice(0, 5000) } }) })));
      for (const [i, id] of ids.entries()) {
        const record = intake.get(id);
        // A plain redaction: the bench measures the bundle, not the redaction engine. The title holds
        // no case id: a random base64 id is gibberish the leak check may read as a near spelling of a
        // name (about one id in 1,500), which refused the submission in one bench run out of fifteen.
        saveRedaction(intake, id, record.version, { title: `A story ${i + 1}`, text: 'A teacher from a regional town was detained in spring.', decisions: [] });
        submitForReview(intake, id);
      }
      const caseBytes = ids.reduce((sum, id) => sum + utf8(JSON.stringify(contentOf(intake.get(id)))).length, 0);
      const file = path.join(root, 'stick.safehold-bundle');
      let started = performance.now();
      const sent = sendBundle(intake, { to: [to], caseIds: ids, file });
      const sendMs = performance.now() - started;
      started = performance.now();
      receiveBundle(review, file);
      const receiveMs = performance.now() - started;
      figures.push(
        { name: `bundle of ${count} case(s): file size`, value: sent.bytes, unit: 'bytes' },
        { name: `bundle of ${count} case(s): overhead per case (file − case JSON)`, value: Math.round((sent.bytes - caseBytes) / count), unit: 'bytes' },
        { name: `bundle of ${count} case(s): send (seal, write, read back) per case`, value: round(sendMs / count, 2), unit: 'ms' },
        { name: `bundle of ${count} case(s): receive (open, verify, merge) per case`, value: round(receiveMs / count, 2), unit: 'ms' },
      );
      intake.lock();
      review.lock();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return figures;
}
