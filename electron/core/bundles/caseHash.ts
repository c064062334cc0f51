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
