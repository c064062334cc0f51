import { SafeholdErrorBase, type ParamArgs, type ThrownKey } from '../../../shared/errors';

export const REFUSAL_REASONS = ['damaged', 'not-for-this-vault', 'unknown-sender', 'revoked-sender', 'replayed', 'rollback', 'unresolved-conflict', 'invalid-decision', 'invalid-publication'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A bundle this vault will not take; nothing in the vault was changed. The key says why to the person, the reason to the ledger. */
class BundleRefusedClass extends SafeholdErrorBase {
  protected constructor(
    readonly reason: RefusalReason,
    key: ThrownKey,
    params?: Record<string, unknown>,
  ) {
    super(key, params as never);
    this.name = 'BundleRefused';
  }
}

export const BundleRefused = BundleRefusedClass as unknown as (new <K extends ThrownKey>(reason: RefusalReason, key: K, ...params: ParamArgs<K>) => BundleRefusedClass) & {
  prototype: BundleRefusedClass;
};
export type BundleRefused = BundleRefusedClass;
