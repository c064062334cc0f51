import { z } from 'zod';
import { AuditAnchor } from './vaultHead';

import { ROLES } from '../../../shared/workflow/roles';

export type { Role } from '../../../shared/workflow/roles';

export const UserName = z.string().trim().min(1, 'must not be empty').max(100).regex(/^[\p{L}\p{N} ._'-]+$/u, 'may hold letters, digits, spaces and . _ \' - only');

export const UserRecord = z.strictObject({
  id: z.string().max(64),
  name: UserName,
  roles: z.array(z.enum(ROLES)).min(1).max(3),
  slotId: z.string().max(64),
  signPublicKey: z.string().max(200),
  createdAt: z.string().max(40),
});
export type UserRecord = z.infer<typeof UserRecord>;

/** The encrypted users record: who may unlock, with which roles and public keys. */
export const UsersFile = z.strictObject({
  users: z.array(UserRecord).max(1000),
  /** Private half of the header's auditPublicKey: reads the sealed failed-unlock entries. */
  auditPrivateKey: z.string().max(200),
  /**
   * Keys the case reference an export carries (approval.ts): kept here, not derived from the
   * vault key, so references survive key rotations. Missing only in a format-1 vault before
   * its first unlock by this version.
   */
  caseRefKey: z.string().max(200).optional(),
  /** Where the audit log stood when this record was written (vaultHead.ts): absent before anchors. */
  audit: AuditAnchor.optional(),
});
export type UsersFile = z.infer<typeof UsersFile>;
