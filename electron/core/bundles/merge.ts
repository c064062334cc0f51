import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import type { CaseRecord } from '../../../shared/caseFile/caseRecord';
import { canonicalJson, publicationPayload } from '../../../shared/publication/payload';
import { mayApprove } from '../../../shared/workflow/fourEyes';
import type { Contact } from '../contacts/contactStore';
import { hash, toBase64, utf8 } from '../crypto/sodium';
import { currentCase, now } from '../vault/caseStore';
import { deletedCases } from '../vault/deletedCases';
import type { VaultSession } from '../vault/session';
import { homeCaseRef, keyFingerprint, legacyCaseRef, payloadHash, verifyStatement } from '../workflow/approval';
import { contentHash, contentOf, joinLineage, versionHashes } from '../vault/caseHash';
import type { BundleCase, BundleContent, BundleDecision } from './content';
import { BundleRefused } from './refusal';
import type { Steps } from './steps';

export type Outcome = 'added' | 'updated' | 'conflict';

export type PlannedCase =
  | { id: string; outcome: Outcome; record: CaseRecord }
  /** A case deleted here: it does not come back, whatever the bundle says of it. */
  | { id: string; outcome: 'ignored'; deletedAt: string };

interface Origin {
  content: BundleContent;
  contact: Contact;
}

const existing = (s: VaultSession, id: string): CaseRecord | null => (s.index.get(id) ? currentCase(s, id) : null);

function conflictOf(origin: Origin, local: CaseRecord, parts: Pick<NonNullable<CaseRecord['conflict']>, 'theirs' | 'decision' | 'lineage'>): CaseRecord {
  if (local.conflict) {
    throw new BundleRefused('unresolved-conflict', 'bundle.changedBothSides', { id: local.id });
  }
  const conflict = { bundleId: origin.content.bundleId, receivedAt: now(), from: origin.contact.name, fingerprint: origin.contact.fingerprint, ...parts };
  return { ...local, version: local.version + 1, conflict };
}

/**
 * One case sent for review: new here (added); unchanged here since the version it was built
 * on (updated to it); already here or older than what is here (refused: a rollback); or
 * changed on both sides (both kept, for a person to choose).
 */
function planCase(s: VaultSession, origin: Origin, entry: BundleCase): PlannedCase {
  if (entry.record.id !== entry.id) throw new BundleRefused('damaged', 'bundle.wrongCaseRecord', { id: entry.id });
  // Cases travel for review only: an approval never arrives inside a record, only as a decision that is checked.
  if (entry.record.state !== 'in-review' || entry.record.approval) {
    const state = textOf(`state.${entry.record.state}`);
    throw new BundleRefused('invalid-decision', entry.record.approval ? 'bundle.notInReviewApproved' : 'bundle.notInReview', { id: entry.id, state });
  }
  const theirs = contentHash(entry.record);
  const local = existing(s, entry.id);
  const home = local?.sync?.home ?? entry.home;
  // The reference an approval will sign: this vault's own for a case at home, else the one its home sent (and always the same one).
  const expectedRef = home === s.vaultId ? homeCaseRef(s, { id: entry.id }) : local?.sync?.caseRef;
  if (expectedRef !== undefined && entry.caseRef !== expectedRef) {
    throw new BundleRefused('damaged', 'bundle.otherCaseRef', { id: entry.id });
  }
  const caseRef = home === s.vaultId ? {} : { caseRef: entry.caseRef };
  const sync = { home: entry.home, lineage: joinLineage(entry.lineage, [theirs]), ...caseRef };
  const received = { updatedAt: now(), updatedBy: origin.contact.name };
  if (!local) return { id: entry.id, outcome: 'added', record: { ...entry.record, version: 1, ...received, sync } };
  const lineage = local.sync?.lineage ?? [];
  // A case exported here since is still the version a decision named (caseHash.ts).
  const here = versionHashes(local);
  if (here.includes(theirs) || lineage.includes(theirs)) {
    throw new BundleRefused('rollback', 'bundle.rollback', { id: entry.id });
  }
  if (here.some((h) => entry.lineage.includes(h))) {
    const record: CaseRecord = { ...entry.record, version: local.version + 1, ...received, sync: { home, lineage: joinLineage(lineage, sync.lineage), ...caseRef } };
    return { id: entry.id, outcome: 'updated', record: local.conflict ? { ...record, conflict: local.conflict } : record };
  }
  return { id: entry.id, outcome: 'conflict', record: conflictOf(origin, local, { theirs: entry.record, lineage: sync.lineage }) };
}

/**
 * The checks of an approval made on another laptop, as strict as on this one: signed by the
 * contact who sent it, who holds the reviewer role; over this case of this vault, this
 * redaction version and exactly this payload; by nobody who changed the case (four eyes).
 */
function checkApproval(s: VaultSession, origin: Origin, local: CaseRecord, decision: BundleDecision): void {
  const refuse = (why: ErrorText) => new BundleRefused('invalid-decision', 'bundle.approvalRefused', { id: local.id, why });
  const { contact } = origin;
  const approval = decision.approval;
  if (!approval) throw refuse(textOf('approvalWhy.missing'));
  if (!contact.roles.includes('reviewer')) throw refuse(textOf('approvalWhy.notReviewer', { name: contact.name }));
  if (approval.reviewerKey !== keyFingerprint(contact.signPublicKey)) throw refuse(textOf('approvalWhy.otherSigner'));
  let statement;
  try {
    statement = verifyStatement(approval.statement, approval.signature, contact.signPublicKey);
  } catch (error) {
    if (!(error instanceof SafeholdError)) throw error;
    throw refuse(error.text);
  }
  if (!local.redaction) throw refuse(textOf('approvalWhy.noRedaction'));
  // The review bundle carried this vault's keyed reference: the reviewer signs that, never the recomputable one of format 1.
  if (statement.caseRef !== homeCaseRef(s, local)) {
    throw refuse(
      statement.caseRef === legacyCaseRef(local.sync?.home ?? s.vaultId, local.id)
        ? textOf('approvalWhy.legacyRef')
        : textOf('approvalWhy.otherCase'),
    );
  }
  if (statement.redactionVersion !== local.redaction.version || statement.payloadHash !== payloadHash(publicationPayload(local.data, local.redaction))) {
    throw refuse(textOf('approvalWhy.otherStory'));
  }
  if (statement.acceptedRisksHash !== toBase64(hash(utf8(canonicalJson(approval.acceptedRisks))))) throw refuse(textOf('approvalWhy.otherRisks'));
  if (!mayApprove(local, approval.reviewer) || !mayApprove(local, contact.name)) throw refuse(textOf('approvalWhy.fourEyes', { name: approval.reviewer }));
}

/**
 * A reviewer's decision: applied when the case here is still exactly the version reviewed and
 * in review; a decision on a version that changed since is kept beside the case for a person.
 */
function planDecision(s: VaultSession, origin: Origin, decision: BundleDecision): PlannedCase {
  const local = existing(s, decision.caseId);
  if (!local) throw new BundleRefused('invalid-decision', 'bundle.unknownCase', { id: decision.caseId });
  const lineage = local.sync?.lineage ?? [];
  if (lineage.includes(decision.resultHash)) {
    throw new BundleRefused('rollback', 'bundle.decisionRollback', { id: local.id });
  }
  const here = contentHash(contentOf(local));
  if (here !== decision.reviewedHash || local.state !== 'in-review') {
    const kept = { outcome: decision.outcome, ...(decision.comment !== undefined ? { comment: decision.comment } : {}), ...(decision.approval ? { approval: decision.approval } : {}) };
    return { id: local.id, outcome: 'conflict', record: conflictOf(origin, local, { decision: kept, lineage: [decision.reviewedHash, decision.resultHash] }) };
  }
  const base = {
    ...local, version: local.version + 1, updatedAt: now(), updatedBy: origin.contact.name,
    sync: { ...local.sync, home: local.sync?.home ?? s.vaultId, lineage: joinLineage(lineage, [decision.resultHash]) },
  };
  if (decision.outcome === 'approved') {
    checkApproval(s, origin, local, decision);
    // A new round of four eyes starts here, as after an approval on this laptop.
    return { id: local.id, outcome: 'updated', record: { ...base, state: 'approved', approval: decision.approval!, authors: [] } };
  }
  return { id: local.id, outcome: 'updated', record: { ...base, state: 'changes-requested', reviewComment: decision.comment ?? '' } };
}

/**
 * Every case of the bundle, planned before anything is written (a step per case): one refusal
 * refuses the whole bundle. A case deleted here is left out (the bundle may predate the
 * deletion, or resend it).
 */
export function* planMerge(s: VaultSession, origin: Origin): Steps<PlannedCase[]> {
  const { content } = origin;
  const ids = [...content.cases.map((c) => c.id), ...content.decisions.map((d) => d.caseId)];
  if (new Set(ids).size !== ids.length) throw new BundleRefused('damaged', 'bundle.caseTwice');
  // Each purpose carries its own part only: cases for review, decisions, or publications (publications.ts).
  const parts = { review: content.cases.length, decision: content.decisions.length, publication: content.publications.length };
  if (Object.entries(parts).some(([purpose, count]) => purpose !== content.purpose && count > 0)) {
    throw new BundleRefused('damaged', 'bundle.mixedParts');
  }
  if (content.purpose === 'publication') return [];
  const deleted = deletedCases(s);
  // Deleted and not here: a case still here after a deletion that a crash cut short is here.
  const ignored = (id: string): PlannedCase | null => {
    const at = deleted.get(id);
    return at !== undefined && !s.index.get(id) ? { id, outcome: 'ignored', deletedAt: at } : null;
  };
  const plans =
    content.purpose === 'review'
      ? content.cases.map((entry) => () => ignored(entry.id) ?? planCase(s, origin, entry))
      : content.decisions.map((d) => () => ignored(d.caseId) ?? planDecision(s, origin, d));
  const planned: PlannedCase[] = [];
  for (const plan of plans) {
    planned.push(plan());
    yield { stage: 'check', done: planned.length, total: plans.length };
  }
  return planned;
}
