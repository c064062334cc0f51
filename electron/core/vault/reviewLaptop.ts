import { z } from 'zod';
import { SafeholdError, schemaIssues, type ErrorText } from '../../../shared/errors';
import type { VaultSession } from './session';
import { readSideRecord, writeSideRecord } from './sideRecords';

/**
 * A reviewer's laptop holds only what review needs: cases arrive in bundles for review, and
 * leave only as decisions or publications. Once set, a vault stays a reviewer's laptop, so the
 * rule holds even against a later mistake.
 */
const Settings = z.strictObject({ reviewOnly: z.boolean() });

export function isReviewLaptop(s: VaultSession): boolean {
  const value = readSideRecord(s, 'settings');
  if (value === null) return false;
  const parsed = Settings.safeParse(value);
  if (!parsed.success) throw new SafeholdError('vault.settingsDamaged', { issues: schemaIssues(parsed.error) });
  return parsed.data.reviewOnly;
}

export function makeReviewLaptop(s: VaultSession): void {
  if (isReviewLaptop(s)) return;
  writeSideRecord(s, 'settings', { reviewOnly: true });
  s.log('vault-mode', 'reviewer laptop');
}

/** Refuses, on a reviewer's laptop, anything that brings in or takes out a case's original record. */
export function refuseOnReviewLaptop(s: VaultSession, what: ErrorText): void {
  if (isReviewLaptop(s)) throw new SafeholdError('vault.reviewLaptop', { what });
}
