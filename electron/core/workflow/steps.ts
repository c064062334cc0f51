import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { ApprovalStatement, canonicalJson, publicationPayload, remoteLinkCount, type PublicationPayload } from '../../../shared/publication/payload';
import { hash, randomBytes, toBase64, utf8 } from '../crypto/sodium';
import type { CaseRecord } from '../vault/caseRecord';
import { published } from '../vault/caseHash';
import { currentCase, now, readCase, writeCase } from '../vault/caseStore';
import type { VaultSession } from '../vault/session';
import type { Vault } from '../vault/vault';
import { afterEdit, allowedIn } from '../../../shared/workflow/policy';
import { mayApprove, withAuthor } from '../../../shared/workflow/fourEyes';
import { initialPurposes } from '../../../shared/publication/draft';
import { caseRef, homeCaseRef, keyFingerprint, legacyCaseRef, payloadHash, signStatement, verifyStatement } from './approval';
import { writeExport, type StoryJson } from './exportFolder';
import { readContacts } from '../contacts/contactStore';

type Redaction = NonNullable<CaseRecord['redaction']>;

/** The workflow's steps over an unlocked vault: each writes the next version of the case and logs it. */
function transition(s: VaultSession, record: CaseRecord, action: string): CaseRecord {
  const next = { ...record, version: record.version + 1, updatedAt: now(), updatedBy: s.user.name };
  writeCase(s, next);
  s.log('case-edit', `${record.id}: ${action} (${record.state} → ${next.state})`);
  return next;
}

/** Saves the redacted story; an edit after approval voids the approval. */
export function saveRedaction(vault: Vault, id: string, expectedVersion: number, redaction: Pick<Redaction, 'title' | 'text' | 'decisions' | 'purposes'>): CaseRecord {
  const s = vault.session('redaction.save');
  const current = currentCase(s, id);
  if (current.version !== expectedVersion) throw new SafeholdError('workflow.changedSinceOpened', { id });
  if (!allowedIn('redaction.save', current.state)) throw new SafeholdError('workflow.withReviewer');
  // Not given, a need's published purpose starts as the engine's redaction of its original, never the original itself.
  const purposes = redaction.purposes ?? initialPurposes(current.data);
  const needs = current.data.needs?.length ?? 0;
  if (purposes.length !== needs) throw new SafeholdError('workflow.purposeCount', { needs, purposes: purposes.length });
  const record: CaseRecord = {
    ...afterEdit(current),
    state: 'redaction',
    authors: withAuthor(current, s.user.name),
    redaction: { version: (current.redaction?.version ?? 0) + 1, title: redaction.title, text: redaction.text, purposes, decisions: redaction.decisions, lastEditor: s.user.name, updatedAt: now() },
  };
  if (current.approval) s.log('approval', `${id}: voided by an edit of the redaction`);
  return transition(s, record, 'redaction saved');
}

/** Hands the redaction to a reviewer; refused while the leak check finds a direct identifier or the text links anywhere. */
export function submit(vault: Vault, id: string, directHits: string[]): CaseRecord {
  const s = vault.session('case.submit');
  const current = currentCase(s, id);
  if (!current.redaction) throw new SafeholdError('workflow.redactFirst');
  if (!allowedIn('case.submit', current.state)) throw new SafeholdError('workflow.cannotSubmit', { state: textOf(`state.${current.state}`) });
  if (directHits.length) throw new SafeholdError('workflow.stillContains', { count: directHits.length });
  refuseUnpublishable(publicationPayload(current.data, current.redaction));
  return transition(s, { ...current, state: 'in-review', authors: withAuthor(current, s.user.name) }, 'sent for review');
}

function refuseUnpublishable(payload: PublicationPayload): void {
  const count = remoteLinkCount(payload);
  if (count) throw new SafeholdError('publication.remoteLinks', { count });
}

export function requestChanges(vault: Vault, id: string, comment: string): CaseRecord {
  const s = vault.session('case.requestChanges');
  const current = currentCase(s, id);
  if (!allowedIn('case.requestChanges', current.state)) throw new SafeholdError('workflow.onlyInReviewBack');
  return transition(s, { ...current, state: 'changes-requested', reviewComment: comment }, 'changes requested');
}

export interface LeakFindings {
  direct: string[];
  quasi: { category: string; text: string }[];
}

export interface AcceptedRisk {
  category: string;
  text: string;
  reason: string;
}

/**
 * The reviewer's approval, enforced here: four eyes (not the last editor of the redaction),
 * no direct identifier left, every remaining quasi-identifier accepted with a reason, and an
 * Ed25519 signature over the exact publication payload.
 */
export function approveCase(vault: Vault, id: string, check: LeakFindings, acceptedRisks: AcceptedRisk[]): CaseRecord {
  const s = vault.session('case.approve');
  const current = currentCase(s, id);
  if (current.state !== 'in-review' || !current.redaction) throw new SafeholdError('workflow.onlyInReviewApprove');
  if (current.redaction.lastEditor === s.user.name || !mayApprove(current, s.user.name)) {
    throw new SafeholdError('workflow.fourEyes');
  }
  if (check.direct.length) throw new SafeholdError('workflow.directIdentifiers', { count: check.direct.length });
  const unaccepted = check.quasi.filter((q) => !acceptedRisks.some((a) => a.category === q.category && a.text.toLowerCase() === q.text.toLowerCase() && a.reason.trim()));
  if (unaccepted.length) throw new SafeholdError('workflow.acceptRisks', { count: unaccepted.length });
  const payload = publicationPayload(current.data, current.redaction);
  refuseUnpublishable(payload);
  const reviewerKey = keyFingerprint(s.user.signPublicKey);
  const statement: ApprovalStatement = {
    format: 'safehold-approval/1',
    // Keyed by the case's home vault: for a case received for review, the reference that vault sent with it.
    caseRef: homeCaseRef(s, current),
    redactionVersion: current.redaction.version,
    payloadHash: payloadHash(payload),
    reviewerKey,
    time: now(),
    acceptedRisksHash: toBase64(hash(utf8(canonicalJson(acceptedRisks)))),
  };
  const signature = signStatement(statement, (message) => s.sign(message));
  // A new round of four eyes starts here: whoever changes the case next is its next author.
  const record: CaseRecord = { ...current, state: 'approved', authors: [], approval: { statement, signature, reviewer: s.user.name, reviewerKey, acceptedRisks } };
  const next = transition(s, record, 'approved');
  s.log('approval', `${id}: approved, redaction version ${current.redaction.version}`);
  return next;
}

/**
 * What the export of an approved case is (story.json; story.md and story.html render from it):
 * the signature, the payload hash, the case reference and a fresh leak check (by the caller,
 * which owns the redaction engine) are checked again first. Export writes it; a bundle of
 * approved publications carries it, never the record.
 */
export function publicationStory(s: VaultSession, current: CaseRecord, freshDirectHits: string[]): StoryJson {
  if (!allowedIn('case.publish', current.state)) throw new SafeholdError('workflow.onlyApprovedExport', { id: current.id });
  if (!current.approval || !current.redaction) throw new SafeholdError('workflow.noApproval');
  const reviewer = approverOf(s, current.approval);
  const statement = verifyStatement(current.approval.statement, current.approval.signature, reviewer.signPublicKey);
  if (statement.caseRef !== homeCaseRef(s, current)) {
    throw new SafeholdError(statement.caseRef === legacyCaseRef(current.sync?.home ?? s.vaultId, current.id) ? 'workflow.legacyApproval' : 'workflow.otherCaseApproval');
  }
  const payload = publicationPayload(current.data, current.redaction);
  if (statement.payloadHash !== payloadHash(payload) || statement.redactionVersion !== current.redaction.version) {
    throw new SafeholdError('workflow.storyChanged');
  }
  if (freshDirectHits.length) throw new SafeholdError('workflow.leakCheck', { count: freshDirectHits.length });
  return {
    format: 'safehold-publication/1', publicationId: current.publicationId ?? toBase64(randomBytes(12)), ...payload,
    approval: { statement: current.approval.statement, signature: current.approval.signature, reviewerPublicKey: reviewer.signPublicKey },
  };
}

/** Writes story.md, story.html and story.json of an approved case; a failed check writes nothing. */
export function exportPublication(vault: Vault, id: string, folder: string, freshDirectHits: string[]): { files: string[]; publicationId: string } {
  const s = vault.session('case.publish');
  const current = currentCase(s, id);
  const story = publicationStory(s, current, freshDirectHits);
  const files = writeExport(folder, story);
  transition(s, published(current, story.publicationId, 'exported'), 'exported');
  s.log('case-export', `${id}: publication ${story.publicationId}`);
  return { files, publicationId: story.publicationId };
}

/**
 * Whose key the approval must verify under: a reviewer of this vault, or (for an approval made
 * on a reviewer's laptop) a trusted, unrevoked contact whose card gives the reviewer role.
 */
function approverOf(s: VaultSession, approval: NonNullable<CaseRecord['approval']>): { signPublicKey: string } {
  const user = s.users.users.find((u) => u.name === approval.reviewer && u.roles.includes('reviewer') && keyFingerprint(u.signPublicKey) === approval.reviewerKey);
  if (user) return user;
  const contact = readContacts(s).find((c) => !c.revokedAt && c.roles.includes('reviewer') && keyFingerprint(c.signPublicKey) === approval.reviewerKey);
  if (contact) return contact;
  throw new SafeholdError('workflow.reviewerGone');
}

/** The case an export came from, found by its keyed reference; or why it is not accepted. */
export function caseByRef(vault: Vault, ref: string): { record: CaseRecord } | { problem: ErrorText } {
  const s = vault.session();
  const key = s.users.caseRefKey;
  if (!key) throw new SafeholdError('users.noCaseRefKey');
  const entries = s.index.list();
  const own = entries.find((e) => caseRef(key, e.id) === ref);
  if (own) return { record: readCase(s, own.id, own.version) };
  // Exports approved before vault format 2 carry the old reference: still found, but only for a
  // case that never crossed between vaults (an approval made elsewhere signs the keyed one).
  const legacy = entries.find((e) => legacyCaseRef(s.vaultId, e.id) === ref);
  if (legacy) {
    const record = readCase(s, legacy.id, legacy.version);
    if (!record.sync) return { record };
    return { problem: textOf('exportCheck.legacyCaseRef') };
  }
  // A case held here away from its home vault (a reviewer's laptop) carries its home's reference.
  for (const entry of entries) {
    const record = readCase(s, entry.id, entry.version);
    if (record.sync && record.sync.home !== s.vaultId && record.sync.caseRef === ref) return { record };
  }
  return { problem: textOf('exportCheck.caseNotHere') };
}
