import path from 'node:path';
import { z } from 'zod';
import { SafeholdError, schemaIssues, textOf, type ErrorText } from '../../../shared/errors';
import { remoteLinkCount } from '../../../shared/publication/payload';
import { readContacts, type Contact } from '../contacts/contactStore';
import type { VaultSession } from '../vault/session';
import { readSideRecord } from '../vault/sideRecords';
import type { Vault } from '../vault/vault';
import { fingerprintForPeople, payloadHash, verifyStatement } from '../workflow/approval';
import { StoryJson, storyPayload, verifyExportFolder, writeExport } from '../workflow/exportFolder';
import type { BundleContent } from './content';
import { BundleRefused } from './refusal';

/**
 * An approved publication received in a bundle: exactly the story.json an export of the case
 * wrote where it was approved, and who sent it. Kept in its own encrypted record, apart from
 * the cases: it never becomes a case record, and no original record ever comes with it.
 */
const ReceivedPublication = z.strictObject({
  story: StoryJson,
  bundleId: z.string().max(64),
  receivedAt: z.string().max(40),
  from: z.string().max(200),
  fingerprint: z.string().max(40),
});
type ReceivedPublication = z.infer<typeof ReceivedPublication>;

const Publications = z.strictObject({ publications: z.array(ReceivedPublication).max(100_000) });
export type Publications = z.infer<typeof Publications>;

export function readPublications(s: VaultSession): ReceivedPublication[] {
  const value = readSideRecord(s, 'publications');
  if (value === null) return [];
  const parsed = Publications.safeParse(value);
  if (!parsed.success) throw new SafeholdError('publication.recordDamaged', { issues: schemaIssues(parsed.error) });
  return parsed.data.publications;
}

/** Who approved it, if this vault trusts them as a reviewer: one of its own reviewers, or a trusted reviewer contact. */
function trustedReviewer(s: VaultSession, publicKey: string): string | null {
  const user = s.users.users.find((u) => u.roles.includes('reviewer') && u.signPublicKey === publicKey);
  if (user) return user.name;
  const contact = readContacts(s).find((c: Contact) => !c.revokedAt && c.roles.includes('reviewer') && c.signPublicKey === publicKey);
  return contact?.name ?? null;
}

/**
 * What `export verify` checks of a publication, but the leak check (the record it needs stays
 * where the case was approved, which ran it before sending): why it does not hold, or null.
 */
function problemOf(s: VaultSession, story: StoryJson): ErrorText | null {
  const payload = storyPayload(story);
  try {
    const statement = verifyStatement(story.approval.statement, story.approval.signature, story.approval.reviewerPublicKey);
    if (statement.payloadHash !== payloadHash(payload)) return textOf('publicationWhy.changed');
  } catch (error) {
    if (!(error instanceof SafeholdError)) throw error;
    return error.text;
  }
  const links = remoteLinkCount(payload);
  if (links) return textOf('publicationWhy.remoteLinks', { count: links });
  if (!trustedReviewer(s, story.approval.reviewerPublicKey)) {
    return textOf('publicationWhy.untrustedReviewer', { key: fingerprintForPeople(story.approval.reviewerPublicKey) });
  }
  return null;
}

const approvedAt = (story: StoryJson): string => String(story.approval.statement.time ?? '');

/**
 * The publications of a bundle, checked before anything is written (one that does not hold
 * refuses the whole bundle): the record of received publications as it becomes, and the ids
 * taken in. A publication already here, or an older approval of one here, is a rollback; a
 * newer approval of the same publication (the case was edited and approved again) replaces it.
 */
export function planPublications(s: VaultSession, origin: { content: BundleContent; contact: Contact }): { value: Publications; ids: string[] } {
  const { content, contact } = origin;
  const ids = content.publications.map((p) => p.publicationId);
  if (new Set(ids).size !== ids.length) throw new BundleRefused('damaged', 'bundle.publicationTwice');
  const kept = new Map(readPublications(s).map((p) => [p.story.publicationId, p]));
  const receivedAt = new Date().toISOString();
  for (const story of content.publications) {
    const problem = problemOf(s, story);
    if (problem) throw new BundleRefused('invalid-publication', 'bundle.publicationRefused', { id: story.publicationId, why: problem });
    const here = kept.get(story.publicationId);
    if (here && approvedAt(here.story) >= approvedAt(story)) {
      throw new BundleRefused('rollback', 'bundle.publicationRollback', { id: story.publicationId });
    }
    // One approval is one publication, whichever laptop sent it (each gives it its own id).
    const same = [...kept.values()].find((p) => p.story.approval.signature === story.approval.signature);
    if (same) throw new BundleRefused('rollback', 'bundle.publicationDuplicate', { id: story.publicationId, other: same.story.publicationId });
    kept.set(story.publicationId, { story, bundleId: content.bundleId, receivedAt, from: contact.name, fingerprint: contact.fingerprint });
  }
  return { value: { publications: [...kept.values()] }, ids };
}

export interface PublicationSummary {
  publicationId: string;
  title: string;
  /** The case it was approved as: the case reference keyed by its home vault (what the approval signs), never the case id. */
  caseRef: string;
  /** Who approved it: the reviewer's name while this vault trusts them as a reviewer (null once not), the key's fingerprint as `export verify` prints it, and when. */
  reviewer: string | null;
  reviewerKey: string;
  approvedAt: string;
  from: string;
  fingerprint: string;
  receivedAt: string;
}

/** The approved publications this vault received, newest first: what a person picks one to export from. */
export function listPublications(vault: Vault): PublicationSummary[] {
  const s = vault.session();
  return readPublications(s)
    .map((p) => ({
      publicationId: p.story.publicationId, title: p.story.title, caseRef: String(p.story.approval.statement.caseRef ?? ''),
      reviewer: trustedReviewer(s, p.story.approval.reviewerPublicKey), reviewerKey: fingerprintForPeople(p.story.approval.reviewerPublicKey), approvedAt: approvedAt(p.story),
      from: p.from, fingerprint: p.fingerprint, receivedAt: p.receivedAt,
    }))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
}

/**
 * Writes a received publication as export writes it (the same story.json, story.md and
 * story.html, into a new or empty folder), checked again first (a reviewer revoked since is no
 * longer trusted) and read back after: what is in the folder verifies as `export verify` would.
 */
export function exportReceivedPublication(vault: Vault, publicationId: string, folder: string): { files: string[]; folder: string } {
  const s = vault.session('case.publish');
  const found = readPublications(s).find((p) => p.story.publicationId === publicationId);
  if (!found) throw new SafeholdError('publication.notReceived', { id: publicationId });
  const problem = problemOf(s, found.story);
  if (problem) throw new SafeholdError('publication.notExported', { id: publicationId, why: problem });
  const files = writeExport(folder, found.story);
  const check = verifyExportFolder(folder, [found.story.approval.reviewerPublicKey]);
  if (check.problems.length || check.story.publicationId !== publicationId) {
    throw new SafeholdError('publication.readBack', { id: publicationId, folder, count: check.problems.length });
  }
  s.log('case-export', `publication ${publicationId} (received in bundle ${found.bundleId})`);
  return { files, folder: path.resolve(folder) };
}

/** The publication received here that an export folder's story.json is (the same id and approval): how `export verify --vault` knows it. */
export function receivedPublicationOf(vault: Vault, story: StoryJson): { from: string } | null {
  const found = readPublications(vault.session()).find((p) => p.story.publicationId === story.publicationId && p.story.approval.signature === story.approval.signature);
  return found ? { from: found.from } : null;
}
