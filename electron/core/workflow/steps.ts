import { SafeholdError } from '../../../shared/errors';
import { ApprovalStatement, canonicalJson, publicationPayload, publicationProblems, type PublicationPayload } from '../../../shared/publication/payload';
import { hash, randomBytes, toBase64, utf8 } from '../crypto/sodium';
import type { CaseRecord } from '../vault/caseRecord';
import { currentCase, now, readCase, writeCase } from '../vault/caseStore';
import type { VaultSession } from '../vault/session';
import type { Vault } from '../vault/vault';
import { afterEdit, allowedIn } from '../../../shared/workflow/policy';
import { mayApprove, withAuthor } from '../../../shared/workflow/fourEyes';
import { initialPurposes } from '../../../shared/publication/draft';
import { caseRef, keyFingerprint, legacyCaseRef, payloadHash, signStatement, verifyStatement } from './approval';
import { writeExport } from './exportFolder';
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
  if (current.version !== expectedVersion) throw new SafeholdError('conflict', `case ${id} changed since it was opened; reopen it.`);
  if (!allowedIn('redaction.save', current.state)) throw new SafeholdError('conflict', 'This case is with a reviewer. Ask them to request changes before editing it.');
  // Not given, a need's published purpose starts as the engine's redaction of its original, never the original itself.
  const purposes = redaction.purposes ?? initialPurposes(current.data);
  const needs = current.data.needs?.length ?? 0;
  if (purposes.length !== needs) throw new SafeholdError('invalid-argument', `purposes: expected one published purpose per need (${needs}), got ${purposes.length}.`);
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
  if (!current.redaction) throw new SafeholdError('conflict', 'Redact the story before sending it for review.');
  if (!allowedIn('case.submit', current.state)) throw new SafeholdError('conflict', `A case in state "${current.state}" cannot be sent for review.`);
  if (directHits.length) throw new SafeholdError('conflict', `The redacted story still contains: ${directHits.join(', ')}. Remove them first.`);
  refuseUnpublishable(publicationPayload(current.data, current.redaction));
  return transition(s, { ...current, state: 'in-review', authors: withAuthor(current, s.user.name) }, 'sent for review');
}

function refuseUnpublishable(payload: PublicationPayload): void {
  const problems = publicationProblems(payload);
  if (problems.length) throw new SafeholdError('conflict', `${problems.join('; ')}.`);
}

export function requestChanges(vault: Vault, id: string, comment: string): CaseRecord {
  const s = vault.session('case.requestChanges');
  const current = currentCase(s, id);
  if (!allowedIn('case.requestChanges', current.state)) throw new SafeholdError('conflict', 'Only a case in review can be sent back.');
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
  if (current.state !== 'in-review' || !current.redaction) throw new SafeholdError('conflict', 'Only a case in review can be approved.');
  if (current.redaction.lastEditor === s.user.name || !mayApprove(current, s.user.name)) {
    throw new SafeholdError('forbidden', 'You changed this case or its redaction since it was last approved: another reviewer must approve it (four eyes).');
  }
  if (check.direct.length) throw new SafeholdError('conflict', `The story still contains direct identifiers: ${check.direct.join(', ')}.`);
  const unaccepted = check.quasi.filter((q) => !acceptedRisks.some((a) => a.category === q.category && a.text.toLowerCase() === q.text.toLowerCase() && a.reason.trim()));
  if (unaccepted.length) throw new SafeholdError('conflict', `Accept each remaining quasi-identifier with a reason first: ${unaccepted.map((q) => q.text).join(', ')}.`);
  const payload = publicationPayload(current.data, current.redaction);
  refuseUnpublishable(payload);
  const reviewerKey = keyFingerprint(s.user.signPublicKey);
  const statement: ApprovalStatement = {
    format: 'safehold-approval/1',
    // A case received for review through a bundle has no key of its home vault here: it keeps the format-1 reference (docs/vault-format.md).
    caseRef: current.sync && current.sync.home !== s.vaultId ? legacyCaseRef(current.sync.home, id) : caseRefOf(s, id),
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
 * Writes story.md, story.html and story.json of an approved case. The signature, the payload
 * hash and a fresh leak check (by the caller, which owns the redaction engine) are checked
 * again before anything is written; a failure writes nothing.
 */
export function exportPublication(vault: Vault, id: string, folder: string, freshDirectHits: string[]): { files: string[]; publicationId: string } {
  const s = vault.session('case.publish');
  const current = currentCase(s, id);
  if (!allowedIn('case.publish', current.state)) throw new SafeholdError('conflict', 'Only an approved case can be exported.');
  if (!current.approval || !current.redaction) throw new SafeholdError('conflict', 'This case has no approval.');
  const reviewer = approverOf(s, current.approval);
  const statement = verifyStatement(current.approval.statement, current.approval.signature, reviewer.signPublicKey);
  // An approval made on a reviewer's laptop (through a bundle) carries the format-1 reference: that laptop has no key of this vault.
  const reviewedElsewhere = !!current.sync?.lineage.length && statement.caseRef === legacyCaseRef(s.vaultId, id);
  if (statement.caseRef !== caseRefOf(s, id) && !reviewedElsewhere) {
    throw new SafeholdError('conflict', 'This approval carries a case reference made before vault format 2, which a copy of the vault would tie to the publication: approve the case again, then export.');
  }
  const payload = publicationPayload(current.data, current.redaction);
  if (statement.payloadHash !== payloadHash(payload) || statement.redactionVersion !== current.redaction.version) {
    throw new SafeholdError('damaged', 'The story no longer matches its approval; it was not exported.');
  }
  if (freshDirectHits.length) throw new SafeholdError('conflict', `The leak check found: ${freshDirectHits.join(', ')}. Nothing was exported.`);
  const publicationId = current.publicationId ?? toBase64(randomBytes(12));
  const files = writeExport(folder, {
    format: 'safehold-publication/1', publicationId, ...payload,
    approval: { statement: current.approval.statement, signature: current.approval.signature, reviewerPublicKey: reviewer.signPublicKey },
  });
  transition(s, { ...current, state: 'exported', publicationId }, 'exported');
  s.log('case-export', `${id}: publication ${publicationId}`);
  return { files, publicationId };
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
  throw new SafeholdError('forbidden', 'The approving reviewer is no longer a reviewer of this vault or a trusted reviewer contact: approve again.');
}

function caseRefOf(s: VaultSession, id: string): string {
  if (!s.users.caseRefKey) throw new SafeholdError('damaged', 'The users record has no case reference key; unlock the vault again to add one.');
  return caseRef(s.users.caseRefKey, id);
}

/** The case an export came from, found by its keyed reference. */
export function caseByRef(vault: Vault, ref: string): CaseRecord | null {
  const s = vault.session();
  // Exports approved before vault format 2 carry the old reference; they are still found.
  const entry = s.index.list().find((e) => caseRefOf(s, e.id) === ref) ?? s.index.list().find((e) => legacyCaseRef(s.vaultId, e.id) === ref);
  return entry ? readCase(s, entry.id, entry.version) : null;
}
