import { schemaIssues } from '../../../shared/errors';
import { z } from 'zod';
import { CaseContent } from '../../../shared/caseFile/caseRecord';
import { ROLES } from '../../../shared/workflow/roles';
import { fromBase64, fromUtf8, utf8, verifyDetached } from '../crypto/sodium';
import { ByteWriter } from '../vault/framing';
import { StoryJson } from '../workflow/exportFolder';
import { BundleRefused } from './refusal';

export const BUNDLE_FORMAT = 'safehold-bundle/1';
const SIGNING_CONTEXT = utf8('safehold-bundle-signature/1\n');

const PublicKey = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const Hash = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const CaseId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
const VaultId = z.string().max(64);

export const PURPOSES = ['review', 'decision', 'publication'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** A case sent for review: its whole content, the vault it belongs to, and what it descends from. */
export const BundleCase = z.strictObject({
  id: CaseId,
  home: VaultId,
  lineage: z.array(Hash).max(500),
  /** The case's reference keyed by its home vault: what the reviewer's approval signs (vault-format.md, caseRefKey). */
  caseRef: Hash,
  record: CaseContent,
});
export type BundleCase = z.infer<typeof BundleCase>;

/** A reviewer's decision on one version of a case: never the case's record itself. */
export const BundleDecision = z.strictObject({
  caseId: CaseId,
  home: VaultId,
  /** The hash of the version the reviewer decided on, as the intake vault sent it. */
  reviewedHash: Hash,
  /** The hash of the reviewer's version after the decision: what a resend descends from. */
  resultHash: Hash,
  outcome: z.enum(['approved', 'changes-requested']),
  comment: z.string().max(5000).optional(),
  approval: z
    .strictObject({
      statement: z.record(z.string(), z.unknown()),
      signature: z.string().max(200),
      reviewer: z.string().max(200),
      reviewerKey: z.string().max(100),
      acceptedRisks: z.array(z.strictObject({ category: z.string().max(40), text: z.string().max(2000), reason: z.string().trim().min(1).max(2000) })).max(1000),
    })
    .optional(),
});
export type BundleDecision = z.infer<typeof BundleDecision>;

/** Everything inside a bundle, signed as one by its sender. */
export const BundleContent = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  bundleId: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  createdAt: z.string().max(40),
  purpose: z.enum(PURPOSES),
  sender: z.strictObject({
    name: z.string().max(100),
    roles: z.array(z.enum(ROLES)).max(3),
    vaultId: VaultId,
    boxPublicKey: PublicKey,
    signPublicKey: PublicKey,
  }),
  /** The X25519 keys it was sealed to: a recipient cannot re-seal it to a third party unnoticed. */
  recipients: z.array(PublicKey).min(1).max(8),
  cases: z.array(BundleCase).max(10_000),
  decisions: z.array(BundleDecision).max(10_000),
  /** Approved publications, exactly as export writes story.json (purpose publication): never a case record. */
  publications: z.array(StoryJson).max(10_000).default([]),
});
export type BundleContent = z.infer<typeof BundleContent>;

const signingInput = (signed: Uint8Array) => new ByteWriter().bytes(SIGNING_CONTEXT).bytes(signed).finish();

/** The content's bytes and the sender's Ed25519 signature over them (by `sign`, which holds the key). */
export function signContent(content: BundleContent, sign: (message: Uint8Array) => Uint8Array): { signed: Uint8Array; signature: Uint8Array } {
  const signed = utf8(JSON.stringify(BundleContent.parse(content)));
  return { signed, signature: sign(signingInput(signed)) };
}

/** Parses signed content and checks it was signed by the key it names; who that key is, is the caller's question. */
export function verifyContent(signed: Uint8Array, signature: Uint8Array): BundleContent {
  let parsed;
  try {
    parsed = BundleContent.safeParse(JSON.parse(fromUtf8(signed)));
  } catch {
    throw new BundleRefused('damaged', 'bundle.notJsonInside');
  }
  if (!parsed.success) throw new BundleRefused('damaged', 'bundle.invalidInside', { issues: schemaIssues(parsed.error) });
  if (!verifyDetached(signature, signingInput(signed), fromBase64(parsed.data.sender.signPublicKey))) {
    throw new BundleRefused('damaged', 'bundle.forged');
  }
  return parsed.data;
}
