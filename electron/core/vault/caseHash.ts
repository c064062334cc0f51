import { CaseContent, type CaseRecord } from '../../../shared/caseFile/caseRecord';
import { canonicalJson } from '../../../shared/publication/payload';
import { hash, toBase64, utf8 } from '../crypto/sodium';

/** A case without what only this vault knows of it: its local version, times of writing, form draft, sync and conflict. */
export function contentOf(record: CaseRecord): CaseContent {
  const { version: _v, updatedAt: _u, updatedBy: _b, formDraft: _f, sync: _s, conflict: _c, ...content } = record;
  return CaseContent.parse(content);
}

/** BLAKE2b of the content's canonical JSON: equal in every vault that holds the same version. */
export const contentHash = (content: CaseContent): string => toBase64(hash(utf8(`safehold-case-content/1|${canonicalJson(content)}`)));

/** At most this many hashes are kept: a case that crossed more often forgets its oldest crossings (a very old copy then counts as a conflict, never as newer). */
const MAX_LINEAGE = 500;

/** Hashes of both lineages, oldest first, without repeats. */
export function joinLineage(...lineages: string[][]): string[] {
  const joined = [...new Set(lineages.flat())];
  return joined.slice(Math.max(0, joined.length - MAX_LINEAGE));
}

/**
 * The approved version this one is, but for what publishing it changed (the state exported, a
 * publication id): `sync.publishedFrom` when it still holds of the record, else null. Checked,
 * not trusted, so that a mark left by an earlier round never vouches for a changed case.
 */
export function approvedVersionHash(record: CaseRecord): string | null {
  const from = record.sync?.publishedFrom;
  if (!from || (record.state !== 'approved' && record.state !== 'exported')) return null;
  const content = contentOf(record);
  const { publicationId: _id, ...withoutId } = content;
  // Export keeps a publication id the case had, and gives one to a case that had none.
  const before = [{ ...content, state: 'approved' as const }, { ...withoutId, state: 'approved' as const }];
  return before.some((version) => contentHash(CaseContent.parse(version)) === from) ? from : null;
}

/** What this version is known by between vaults: its own hash, and the approved version it was published from. */
export function versionHashes(record: CaseRecord): string[] {
  const approved = approvedVersionHash(record);
  return [contentHash(contentOf(record)), ...(approved ? [approved] : [])];
}

/**
 * The record given its publication id (and state, for an export): a case that crossed between
 * vaults remembers the approved version it was published from, so that a decision sent before
 * or after the export names the same version.
 */
export function published(record: CaseRecord, publicationId: string, state: 'approved' | 'exported'): CaseRecord {
  const next = { ...record, publicationId, state };
  if (!record.sync) return next;
  const from = approvedVersionHash(record) ?? (record.state === 'approved' ? contentHash(contentOf(record)) : null);
  return from ? { ...next, sync: { ...record.sync, publishedFrom: from } } : next;
}
