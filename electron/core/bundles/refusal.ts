import { SafeholdError } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/ipc/result';

export const REFUSAL_REASONS = ['damaged', 'not-for-this-vault', 'unknown-sender', 'revoked-sender', 'replayed', 'rollback', 'unresolved-conflict', 'invalid-decision', 'invalid-publication'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

const CODES: Record<RefusalReason, ErrorCode> = {
  damaged: 'damaged',
  'not-for-this-vault': 'not-found',
  'unknown-sender': 'forbidden',
  'revoked-sender': 'forbidden',
  replayed: 'conflict',
  rollback: 'conflict',
  'unresolved-conflict': 'conflict',
  'invalid-decision': 'forbidden',
  'invalid-publication': 'forbidden',
};

/** A bundle this vault will not take; nothing in the vault was changed. */
export class BundleRefused extends SafeholdError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(CODES[reason], message);
    this.name = 'BundleRefused';
  }
}
