import { z } from 'zod';
import { CASE_STATES } from '../workflow/caseStates';
import { CaseFile } from './schema';

/** One decision of the redaction editor about one finding (or a span redacted by hand). */
export const Decision = z.strictObject({
  original: z.string().max(2000),
  replacement: z.string().max(2000),
  category: z.string().max(40),
  decision: z.enum(['accepted', 'rejected', 'edited', 'manual']),
  /** Which finding it is (its place in the original story), so the editor finds it again. */
  key: z.string().max(100).optional(),
  /** Where its words stand in the published text, so reopening puts the decision back there. */
  from: z.number().int().min(0).optional(),
  to: z.number().int().min(0).optional(),
});

/** A quasi-identifier the reviewer let stay, and why. */
export const AcceptedRisk = z.strictObject({ category: z.string().max(40), text: z.string().max(2000), reason: z.string().trim().min(1).max(2000) });

export const FormDraft = z.string().max(4_000_000);

const Approval = z.strictObject({
  statement: z.record(z.string(), z.unknown()),
  signature: z.string().max(200),
  reviewer: z.string().max(200),
  reviewerKey: z.string().max(100),
  acceptedRisks: z.array(AcceptedRisk).max(1000),
});

/** Base64 of a BLAKE2b-256 hash. */
const Hash = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * Where a case stands between vaults (docs/bundle-format.md): the vault it was created in, and
 * the hashes of every version of it that crossed between vaults and that this one supersedes.
 */
export const CaseSync = z.strictObject({
  home: z.string().max(64),
  lineage: z.array(Hash).max(500),
  /**
   * For a case held away from its home vault: the reference its home vault keys with its own
   * secret (vault-format.md, caseRefKey) and an approval here must sign, since this vault
   * cannot compute it.
   */
  caseRef: Hash.optional(),
  /**
   * The hash of the approved version that an export, or a sent publication, turned into this
   * one (state exported, a publication id): what a decision on it names and a resend builds on,
   * since publishing changes nothing a reviewer decided (vault/caseHash.ts checks it still holds).
   */
  publishedFrom: Hash.optional(),
});

const BaseRecord = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  version: z.number().int().min(1),
  state: z.enum(CASE_STATES),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  createdBy: z.string().max(200),
  updatedBy: z.string().max(200),
  data: CaseFile,
  /** The redacted story being prepared for publication, versioned apart from the record. */
  redaction: z
    .strictObject({
      version: z.number().int().min(1),
      /** The title is published too, so it is redacted like the story. */
      title: z.string().max(500),
      text: z.string().max(2_000_000),
      /** The published purpose of each need, in the order of data.needs: redacted like the story ("" publishes none). */
      purposes: z.array(z.string().max(1000)).max(100).optional(),
      /** Per finding: what the editor decided, kept so the reviewer sees it. */
      decisions: z.array(Decision).max(10_000),
      lastEditor: z.string().max(200),
      updatedAt: z.string().max(40),
    })
    .optional(),
  /** The reviewer's signed approval; any later edit removes it. */
  approval: Approval.optional(),
  /** Everyone who changed the record or its redaction since the last approval: none of them may approve (four eyes). */
  authors: z.array(z.string().max(200)).max(1000).optional(),
  reviewComment: z.string().max(5000).optional(),
  /**
   * The case form exactly as typed while some field of it is not valid yet (JSON of the
   * form's own shape): `data` holds everything valid, this keeps the rest until it is fixed.
   */
  formDraft: FormDraft.optional(),
  publicationId: z.string().max(100).optional(),
  sync: CaseSync.optional(),
});

/** What a version of a case is, whichever vault holds it: its hash is compared between vaults. */
export const CaseContent = BaseRecord.omit({ version: true, updatedAt: true, updatedBy: true, formDraft: true, sync: true });
export type CaseContent = z.infer<typeof CaseContent>;

/**
 * A version that came in a bundle while this one had changed too: kept beside it, never merged
 * silently, until a person keeps one of the two.
 */
export const CaseConflict = z.strictObject({
  bundleId: z.string().max(64),
  receivedAt: z.string().max(40),
  /** The contact who sent it, and their fingerprint. */
  from: z.string().max(200),
  fingerprint: z.string().max(40),
  /** Their version of the case, or (for a decision on an older version) the decision alone. */
  theirs: CaseContent.optional(),
  decision: z.strictObject({ outcome: z.enum(['approved', 'changes-requested']), comment: z.string().max(5000).optional(), approval: Approval.optional() }).optional(),
  /** Hashes of what their version descends from: taking it joins the two lineages. */
  lineage: z.array(Hash).max(500),
});
export type CaseConflict = z.infer<typeof CaseConflict>;

/** A case as the vault keeps it: the record of case-file/1 and its place in the workflow. */
export const CaseRecord = BaseRecord.extend({ conflict: CaseConflict.optional() });
export type CaseRecord = z.infer<typeof CaseRecord>;

