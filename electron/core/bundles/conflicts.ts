import { currentCase } from '../vault/caseStore';
import type { Vault } from '../vault/vault';
import { readLedger } from './ledger';

/** A case a bundle left in two versions: which case, and whose version waits beside it since when. */
interface PendingConflict {
  id: string;
  title: string;
  /** The contact who sent the other version, and their fingerprint. */
  from: string;
  fingerprint: string;
  receivedAt: string;
  /** Their whole version of the case, or only a reviewer's decision on an older version. */
  kind: 'case' | 'decision';
}

/**
 * The cases waiting for a person to keep one of two versions. The ledger names them, so only
 * those cases are read; each is checked to hold its second version still (a case erased since,
 * or resolved by a write the ledger missed, is left out).
 */
export function pendingConflicts(vault: Vault): PendingConflict[] {
  const s = vault.session();
  return (readLedger(s).conflicts ?? []).flatMap((id) => {
    const entry = s.index.get(id);
    if (!entry) return [];
    const { conflict } = currentCase(s, id);
    if (!conflict) return [];
    return [{ id, title: entry.title, from: conflict.from, fingerprint: conflict.fingerprint, receivedAt: conflict.receivedAt, kind: conflict.theirs ? 'case' : 'decision' }];
  });
}
