import { SafeholdError, textOf } from '../../../shared/errors';
import type { CaseRecord } from '../../../shared/caseFile/caseRecord';
import { contactByFingerprint, type Contact } from '../contacts/contactStore';
import { fromBase64, randomBytes, toBase64 } from '../crypto/sodium';
import { currentCase, now, writeCase } from '../vault/caseStore';
import { refuseOnReviewLaptop } from '../vault/reviewLaptop';
import type { VaultSession } from '../vault/session';
import { writeSideRecord } from '../vault/sideRecords';
import type { Vault } from '../vault/vault';
import { allowedIn } from '../../../shared/workflow/policy';
import { homeCaseRef, keyFingerprint } from '../workflow/approval';
import { publicationOf } from '../workflow/publish';
import { writeBundleFile } from './bundleFile';
import { approvedVersionHash, contentHash, contentOf, joinLineage, published } from '../vault/caseHash';
import { sealBundle, RECIPIENT_SLOTS } from './container';
import { BUNDLE_FORMAT, signContent, type BundleCase, type BundleContent, type BundleDecision, type Purpose } from './content';
import { readLedger } from './ledger';
import { runAtOnce, type Steps } from './steps';

export interface SendRequest {
  /** Fingerprints of trusted contacts. */
  to: string[];
  caseIds: string[];
  /** Where the bundle goes (a file on a stick). */
  file: string;
  /** Send the approved publications of the cases (what export writes, never the record), not the cases or decisions. */
  publication?: boolean;
}

export interface SendReport {
  bundleId: string;
  purpose: Purpose;
  file: string;
  bytes: number;
  cases: number;
}

function recipientsOf(s: VaultSession, fingerprints: string[]): Contact[] {
  if (fingerprints.length < 1 || fingerprints.length > RECIPIENT_SLOTS) throw new SafeholdError('bundle.recipientCount', { max: RECIPIENT_SLOTS });
  return fingerprints.map((fp) => {
    const contact = contactByFingerprint(s, fp);
    if (!contact) throw new SafeholdError('bundle.unknownRecipient', { fingerprint: fp });
    if (contact.revokedAt) throw new SafeholdError('bundle.revokedRecipient', { name: contact.name, fingerprint: contact.fingerprint });
    return contact;
  });
}

/**
 * What the cases say the bundle is: cases in review go out for review (their whole record);
 * cases a reviewer here decided on, that came from another vault, go back as decisions only.
 */
function purposeOf(s: VaultSession, records: CaseRecord[]): Purpose {
  if (records.every((r) => r.state === 'in-review')) return 'review';
  // An exported case is still the approved one: the export changed nothing the reviewer decided.
  const decided = (r: CaseRecord) => (r.state === 'approved' || r.state === 'exported' || r.state === 'changes-requested') && !!r.sync && r.sync.home !== s.vaultId;
  if (records.every(decided)) return 'decision';
  const odd = records.filter((r) => r.state !== 'in-review' && !decided(r));
  const cases = (odd.length ? odd : records).map((r) => textOf('part.caseInState', { id: r.id, state: textOf(`state.${r.state}`) }));
  throw new SafeholdError('bundle.mixedPurpose', { cases });
}

function reviewEntry(s: VaultSession, record: CaseRecord): BundleCase {
  return { id: record.id, home: record.sync?.home ?? s.vaultId, lineage: record.sync?.lineage ?? [], caseRef: homeCaseRef(s, record), record: contentOf(record) };
}

function decisionEntry(s: VaultSession, record: CaseRecord): BundleDecision {
  const reviewedHash = record.sync!.lineage.at(-1);
  if (!reviewedHash) throw new SafeholdError('bundle.nothingToDecide', { id: record.id });
  const outcome = record.state === 'changes-requested' ? 'changes-requested' : 'approved';
  if (outcome === 'approved') {
    // The intake vault checks the approval against the key that signs the bundle.
    if (!record.approval || record.approval.reviewerKey !== keyFingerprint(s.user.signPublicKey)) {
      const reviewer = record.approval?.reviewer;
      throw reviewer ? new SafeholdError('bundle.notApprover', { id: record.id, reviewer }) : new SafeholdError('bundle.notApproverUnknown', { id: record.id });
    }
  }
  return {
    // Exported or not, the approved version: what the intake laptop's resend will build on (versionHashes).
    caseId: record.id, home: record.sync!.home, reviewedHash, resultHash: approvedVersionHash(record) ?? contentHash(contentOf(record)), outcome,
    ...(record.reviewComment !== undefined && outcome === 'changes-requested' ? { comment: record.reviewComment } : {}),
    ...(outcome === 'approved' && record.approval ? { approval: record.approval } : {}),
  };
}

/**
 * Seals the cases (or the decisions on them) for trusted contacts, signed by the signed-in
 * user, writes the bundle and checks it read back. Cases sent for review remember the version
 * that left, so what comes back is recognised as built on it. A step per case sealed, then one
 * for the writing; nothing is written before that last step.
 */
export function* sendSteps(vault: Vault, request: SendRequest): Steps<SendReport> {
  const s = vault.session();
  if (!request.caseIds.length) throw new SafeholdError('bundle.noCases');
  const recipients = recipientsOf(s, request.to);
  const ids = [...new Set(request.caseIds)];
  // Reading (decrypting) each case is the work that grows with their number.
  const records: CaseRecord[] = [];
  for (const id of ids) {
    records.push(currentCase(s, id));
    yield { stage: 'seal', done: records.length, total: ids.length };
  }
  const unresolved = records.filter((r) => r.conflict).map((r) => r.id);
  if (unresolved.length) throw new SafeholdError('bundle.unresolved', { cases: unresolved });
  const purpose = request.publication ? 'publication' : purposeOf(s, records);
  vault.session(({ review: 'bundle.sendCases', decision: 'bundle.sendDecisions', publication: 'bundle.sendPublications' } as const)[purpose]);
  if (purpose === 'review') refuseOnReviewLaptop(s, textOf('reviewLaptop.sendOnward'));
  const unpublishable = purpose === 'publication' ? records.filter((r) => !allowedIn('case.publish', r.state)).map((r) => textOf('part.caseInState', { id: r.id, state: textOf(`state.${r.state}`) })) : [];
  if (unpublishable.length) throw new SafeholdError('bundle.notPublishable', { cases: unpublishable });
  const cases = purpose === 'review' ? records.map((r) => reviewEntry(s, r)) : [];
  const decisions = purpose === 'decision' ? records.map((r) => decisionEntry(s, r)) : [];
  // Checked as export checks it, the leak check included: what a bundle carries is what export would write.
  const publications = purpose === 'publication' ? records.map((r) => publicationOf(s, r)) : [];
  yield { stage: 'write', done: records.length, total: records.length };
  const content: BundleContent = {
    format: BUNDLE_FORMAT,
    bundleId: toBase64(randomBytes(16)),
    createdAt: now(),
    purpose,
    sender: { name: s.user.name, roles: s.user.roles, vaultId: s.vaultId, boxPublicKey: s.publicKeys.box, signPublicKey: s.publicKeys.sign },
    recipients: recipients.map((c) => c.boxPublicKey),
    cases,
    decisions,
    publications,
  };
  const { signed, signature } = signContent(content, (message) => s.sign(message));
  const bytes = sealBundle(signed, signature, recipients.map((c) => fromBase64(c.boxPublicKey)));
  writeBundleFile(request.file, bytes);
  if (purpose === 'review') {
    for (const record of records) {
      const sync = { ...record.sync, home: record.sync?.home ?? s.vaultId, lineage: joinLineage(record.sync?.lineage ?? [], [contentHash(contentOf(record))]) };
      writeCase(s, { ...record, version: record.version + 1, sync });
    }
  }
  // A publication keeps its id from now on, so a later export of the case is the same publication.
  content.publications.forEach((story, i) => {
    const record = records[i]!;
    if (!record.publicationId) writeCase(s, { ...published(record, story.publicationId, 'approved'), version: record.version + 1 });
  });
  const ledger = readLedger(s);
  writeSideRecord(s, 'exchange', { ...ledger, sent: [...ledger.sent, { bundleId: content.bundleId, at: content.createdAt, to: recipients.map((c) => c.fingerprint) }] });
  s.log('bundle-send', content.bundleId);
  return { bundleId: content.bundleId, purpose, file: request.file, bytes: bytes.length, cases: records.length };
}

export const sendBundle = (vault: Vault, request: SendRequest): SendReport => runAtOnce(sendSteps(vault, request));
