import { z } from 'zod';
import { CaseFile } from '../caseFile/schema';
import { AcceptedRisk, CaseRecord, Decision, FormDraft } from '../caseFile/caseRecord';
import { LANGUAGES } from '../prefs/schema';
import { CASE_STATES } from '../workflow/caseStates';
import { ROLES } from '../workflow/roles';
import { ErrorTextSchema } from './errorSchemas';

export const folder = z.string().min(1).max(4096).refine((p) => /^([A-Za-z]:[\\/]|\/|\\\\)/.test(p), 'must be an absolute path');
const passphrase = z.string().min(1).max(1024);
const name = z.string().trim().min(1).max(100);
export const caseId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'is not a case id');
export const Role = z.enum(ROLES);

export const VaultStatus = z.strictObject({
  open: z.boolean(),
  locked: z.boolean(),
  folder: z.string().max(4096).nullable(),
  user: z.strictObject({ name: z.string().max(100), roles: z.array(Role) }).nullable(),
  cases: z.number().int().nullable(),
  unlockDelaySeconds: z.number().int().min(0).max(60),
  /** Damage found at unlock (a cut audit log, a rolled-back case or index…), as findings the screen words: shown until the vault is locked. */
  integrityWarnings: z.array(ErrorTextSchema).max(10_000),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const CreateVaultRequest = z.strictObject({ folder, adminName: name, passphrase });
export const CreateVaultResponse = z.strictObject({ recoveryCode: z.string().max(100), status: VaultStatus });
export const OpenVaultRequest = z.strictObject({ folder });
export const UnlockRequest = z.strictObject({ name, passphrase });

export const CaseSummary = z.strictObject({
  id: caseId,
  version: z.number().int(),
  title: z.string().max(500),
  state: z.enum(CASE_STATES),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
});

export const CASE_SORT_KEYS = ['title', 'state', 'updatedAt'] as const;
export type CaseSortKey = (typeof CASE_SORT_KEYS)[number];
/** The most rows one page request may ask for: a few screens. */
export const MAX_PAGE_ROWS = 500;

/**
 * One range of the case list as the person sees it: sorted, filtered by state and searched
 * in the core, so the renderer holds a screenful, never every case or its search text. The
 * language orders titles as that language's readers expect.
 */
export const CasePageRequest = z.strictObject({
  sort: z.enum(CASE_SORT_KEYS),
  descending: z.boolean(),
  state: z.enum(CASE_STATES).nullable(),
  query: z.string().max(200),
  language: z.enum(LANGUAGES),
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS),
});
export type CasePageRequest = z.infer<typeof CasePageRequest>;
export const CasePageResponse = z.strictObject({
  /** Cases in this view (after the state filter and the search). */
  total: z.number().int().min(0),
  /** Cases in the vault. */
  count: z.number().int().min(0),
  /** Changes whenever the index does: rows held from another revision are stale. */
  revision: z.number().int().min(0),
  offset: z.number().int().min(0),
  rows: z.array(CaseSummary).max(MAX_PAGE_ROWS),
});
export type CasePageResponse = z.infer<typeof CasePageResponse>;

/** What IPC hands the renderer for one case: the vault's record itself. */
export const CaseRecordView = CaseRecord;
/** The one type of a case as the renderer sees it. */
export type CaseView = z.infer<typeof CaseRecordView>;
export type CaseSummary = z.infer<typeof CaseSummary>;

export const GetCaseRequest = z.strictObject({ id: caseId });
/** `formDraft`: the form as typed while a field is invalid; a save without it clears it. */
export const CreateCaseRequest = z.strictObject({ data: CaseFile, formDraft: FormDraft.optional() });
export const SaveCaseRequest = z.strictObject({ id: caseId, version: z.number().int().min(1), data: CaseFile, formDraft: FormDraft.optional() });
export const ImportCasesRequest = z.strictObject({
  files: z.array(z.strictObject({ name: z.string().min(1).max(500), content: z.string().max(2_000_000) })).min(1).max(200),
});
export const DeleteCaseRequest = z.strictObject({ id: caseId, version: z.number().int().min(1) });
export const CaseIdResponse = z.strictObject({ id: caseId });
export const ImportCasesResponse = z.strictObject({ ids: z.array(caseId) });

export const UserView = z.strictObject({ name: z.string().max(100), roles: z.array(Role), createdAt: z.string().max(40) });
export const AddUserRequest = z.strictObject({ name, passphrase, roles: z.array(Role).min(1).max(3) });
export const RemoveUserRequest = z.strictObject({ name });
export const ChangePassphraseRequest = z.strictObject({ oldPassphrase: passphrase, newPassphrase: passphrase });

export const AuditView = z.strictObject({
  entries: z.array(z.strictObject({ seq: z.number().int(), time: z.string().max(40), user: z.string().max(200), action: z.string().max(40), target: z.string().max(2000), finding: ErrorTextSchema.optional() })).max(1_000_000),
  /** The first broken link of the chain, as a finding the screen words. */
  problem: ErrorTextSchema.nullable(),
});

export const DamageReportView = z.strictObject({
  ok: z.boolean(),
  checked: z.number().int(),
  /** Each damaged place: the record (a part of the vault) and what is wrong, both worded by the screen. */
  problems: z.array(z.strictObject({ record: ErrorTextSchema, problem: ErrorTextSchema })).max(100_000),
});

export const BackupRequest = z.strictObject({ folder });
export const BackupResponse = z.strictObject({ file: z.string().max(4096), entries: z.number().int() });
export const RestoreRequest = z.strictObject({ file: folder, folder, name, passphrase });

export const ResetWithRecoveryRequest = z.strictObject({ recoveryCode: z.string().min(1).max(200), name, newPassphrase: passphrase });
export const ChooseFolderResponse = z.strictObject({ folder: z.string().max(4096).nullable() });

export const SaveRedactionRequest = z.strictObject({
  id: caseId, version: z.number().int().min(1), title: z.string().max(500), text: z.string().max(2_000_000), decisions: z.array(Decision).max(10_000),
  /** The published purpose of each need, in the order of the record's needs; omitted, the engine's redaction of the originals. */
  purposes: z.array(z.string().max(1000)).max(100).optional(),
});
export const CaseIdRequest = z.strictObject({ id: caseId });
export const RequestChangesRequest = z.strictObject({ id: caseId, comment: z.string().trim().min(1).max(5000) });
export const ApproveRequest = z.strictObject({ id: caseId, acceptedRisks: z.array(AcceptedRisk).max(1000) });
export const RisksResponse = z.strictObject({ direct: z.array(z.string().max(2000)).max(10_000), quasi: z.array(z.strictObject({ category: z.string().max(40), text: z.string().max(2000) })).max(10_000) });
export const ExportRequest = z.strictObject({ id: caseId, folder });
export const ExportResponse = z.strictObject({ files: z.array(z.string().max(4096)).max(10), publicationId: z.string().max(100) });
