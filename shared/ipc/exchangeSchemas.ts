import { z } from 'zod';
import { ROLES } from '../workflow/roles';
import { ErrorTextSchema } from './errorSchemas';
import { caseId, folder } from './vaultSchemas';

/** Channels of contacts and sealed bundles: paths, fingerprints and ids cross; keys and card contents never do. */
const fingerprint = z.string().trim().regex(/^[\d\s-]{30,40}$/, 'is not a fingerprint (six groups of five digits)');
const file = folder;

export const ContactView = z.strictObject({
  name: z.string().max(100),
  roles: z.array(z.enum(ROLES)).max(3),
  fingerprint: z.string().max(40),
  status: z.enum(['trusted', 'revoked']),
  addedAt: z.string().max(40),
});
export const ContactList = z.array(ContactView).max(10_000);

export const MyCardResponse = z.strictObject({ name: z.string().max(100), roles: z.array(z.enum(ROLES)).max(3), fingerprint: z.string().max(40) });
export const WriteCardRequest = z.strictObject({ folder });
export const WriteCardResponse = z.strictObject({ file: z.string().max(4096), fingerprint: z.string().max(40) });
export const ImportContactRequest = z.strictObject({ file, fingerprint });
export const RevokeContactRequest = z.strictObject({ fingerprint });

/** `publication`: send the cases' approved publications (what export writes), never the cases or decisions. */
export const SendBundleRequest = z.strictObject({ to: fingerprint, caseIds: z.array(caseId).min(1).max(10_000), folder, publication: z.boolean().optional() });
export const SendBundleResponse = z.strictObject({ bundleId: z.string().max(64), purpose: z.enum(['review', 'decision', 'publication']), file: z.string().max(4096), bytes: z.number().int(), cases: z.number().int() });
export const BundleFileRequest = z.strictObject({ file });
export const ReceiveBundleResponse = z.strictObject({
  bundleId: z.string().max(64),
  purpose: z.enum(['review', 'decision', 'publication']),
  from: z.strictObject({ name: z.string().max(100), fingerprint: z.string().max(40) }),
  added: z.array(caseId).max(10_000),
  updated: z.array(caseId).max(10_000),
  conflicts: z.array(caseId).max(10_000),
  ignored: z.array(z.strictObject({ id: caseId, deletedAt: z.string().max(40) })).max(10_000),
  publications: z.array(z.string().max(100)).max(10_000),
});
export type ReceiveBundleResponse = z.infer<typeof ReceiveBundleResponse>;
export const BundleProgress = z
  .strictObject({ stage: z.enum(['seal', 'write', 'check', 'merge']), done: z.number().int().min(0), total: z.number().int().min(0) })
  .nullable();
export type BundleProgress = z.infer<typeof BundleProgress>;
export const InspectBundleResponse = z.strictObject({
  forThisVault: z.boolean(),
  signer: z.strictObject({ name: z.string().max(100), fingerprint: z.string().max(40), status: z.enum(['trusted', 'revoked', 'unknown']) }).nullable(),
  /** Why it is not for this vault, to word in the person's language. */
  problem: ErrorTextSchema.nullable(),
});
export const ConflictList = z
  .array(
    z.strictObject({
      id: caseId,
      title: z.string().max(500),
      from: z.string().max(200),
      fingerprint: z.string().max(40),
      receivedAt: z.string().max(40),
      kind: z.enum(['case', 'decision']),
    }),
  )
  .max(10_000);
export const ResolveConflictRequest = z.strictObject({ id: caseId, keep: z.enum(['here', 'theirs']) });
export const ChooseFileResponse = z.strictObject({ file: z.string().max(4096).nullable() });
export const ReviewLaptopResponse = z.strictObject({ reviewLaptop: z.boolean() });

/** Approved publications received in bundles (never cases): who approved them and when, for a person to export one. */
const publicationId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'is not a publication id');
export const PublicationList = z
  .array(
    z.strictObject({
      publicationId: z.string().max(100),
      title: z.string().max(500),
      caseRef: z.string().max(100),
      reviewer: z.string().max(200).nullable(),
      reviewerKey: z.string().max(100),
      approvedAt: z.string().max(40),
      from: z.string().max(200),
      fingerprint: z.string().max(40),
      receivedAt: z.string().max(40),
    }),
  )
  .max(100_000);
export type PublicationList = z.infer<typeof PublicationList>;
export const ExportPublicationRequest = z.strictObject({ publicationId, folder });
export const ExportPublicationResponse = z.strictObject({ files: z.array(z.string().max(4096)).max(10), folder: z.string().max(4096) });
