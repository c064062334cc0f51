import { SafeholdError } from '../../../shared/errors';
import { ApprovalStatement, canonicalJson, type PublicationPayload } from '../../../shared/publication/payload';
import { fromBase64, hash, toBase64, utf8, verifyDetached, wipe } from '../crypto/sodium';
import type { CaseRecord } from '../vault/caseRecord';
import type { VaultSession } from '../vault/session';

/**
 * A hash of the case id keyed with the vault's secret case reference key (users.rec): links
 * an export to its case for someone who can unlock the vault, and to nothing for anyone else,
 * not even someone holding a copy of the locked vault.
 */
export function caseRef(caseRefKey: string, caseId: string): string {
  const key = fromBase64(caseRefKey);
  try {
    return toBase64(hash(utf8(`safehold-case-ref/2|${caseId}`), key));
  } finally {
    wipe(key);
  }
}

/**
 * The reference an approval of `record` signs: keyed by its home vault. A case at home gets it
 * from this vault's key; a case received for review carries the one its home vault sent with
 * it (docs/bundle-format.md), since no key of that vault is here. None is ever recomputable
 * by someone holding the vault, a bundle or a publication without that vault's key.
 */
export function homeCaseRef(s: VaultSession, record: Pick<CaseRecord, 'id' | 'sync'>): string {
  if (!record.sync || record.sync.home === s.vaultId) {
    if (!s.users.caseRefKey) throw new SafeholdError('users.noCaseRefKey');
    return caseRef(s.users.caseRefKey, record.id);
  }
  if (!record.sync.caseRef) {
    throw new SafeholdError('workflow.foreignNoCaseRef', { id: record.id });
  }
  return record.sync.caseRef;
}

/**
 * The reference of vault format 1, keyed with the clear vault id: anyone with a copy of the
 * vault could recompute it from the file names. Only looked up, to verify older exports.
 */
export function legacyCaseRef(vaultId: string, caseId: string): string {
  return toBase64(hash(utf8(caseId), hash(utf8(`safehold-case-ref|${vaultId}`))));
}

export const payloadHash = (payload: PublicationPayload): string => toBase64(hash(utf8(canonicalJson(payload))));

/** First 16 bytes of the BLAKE2b of an Ed25519 public key, in base64: how a reviewer is named in an export. */
export const keyFingerprint = (publicKey: string): string => toBase64(hash(fromBase64(publicKey)).slice(0, 16));

/** Signs with `sign`, which holds the reviewer's key (VaultSession.sign): the key itself never comes here. */
/** The same fingerprint as 32 hexadecimal digits in groups of four: what two people read out to each other to compare keys. */
export function fingerprintForPeople(publicKey: string): string {
  const bytes = hash(fromBase64(publicKey)).slice(0, 16);
  return (Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

export function signStatement(statement: ApprovalStatement, sign: (message: Uint8Array) => Uint8Array): string {
  return toBase64(sign(utf8(canonicalJson(ApprovalStatement.parse(statement)))));
}

export function verifyStatement(statement: unknown, signature: string, publicKey: string): ApprovalStatement {
  const parsed = ApprovalStatement.safeParse(statement);
  if (!parsed.success) throw new SafeholdError('approval.malformed');
  let ok: boolean;
  try {
    ok = verifyDetached(fromBase64(signature), utf8(canonicalJson(parsed.data)), fromBase64(publicKey));
  } catch {
    // A signature or key that is not even valid base64 is a mismatch like any other.
    ok = false;
  }
  if (!ok) throw new SafeholdError('approval.signatureMismatch');
  if (keyFingerprint(publicKey) !== parsed.data.reviewerKey) throw new SafeholdError('approval.wrongReviewerKey');
  return parsed.data;
}
