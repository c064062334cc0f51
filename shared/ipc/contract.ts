import { z } from 'zod';
import { Preferences, PreferencesPatch } from '../prefs/schema';
import * as V from './vaultSchemas';
import * as X from './exchangeSchemas';
import type { Channel } from './channels';

const NoArgument = z.undefined();

export const AppInfo = z.strictObject({
  name: z.literal('Safehold'),
  version: z.string().max(64),
  /** True only in the development preview, where a local browser stands in for Electron. */
  preview: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * The one IPC contract: every channel with the schema of its argument and of its value.
 * Main parses both strictly; the preload and the test bridge are generated from it.
 */
export const CONTRACT = {
  'app:info': { request: NoArgument, response: AppInfo },
  'prefs:get': { request: NoArgument, response: Preferences },
  'prefs:set': { request: PreferencesPatch, response: Preferences },
  'vault:create': { request: V.CreateVaultRequest, response: V.CreateVaultResponse },
  'vault:open': { request: V.OpenVaultRequest, response: V.VaultStatus },
  'vault:close': { request: NoArgument, response: V.VaultStatus },
  'vault:unlock': { request: V.UnlockRequest, response: V.VaultStatus },
  'vault:lock': { request: NoArgument, response: V.VaultStatus },
  'vault:status': { request: NoArgument, response: V.VaultStatus },
  'vault:verify': { request: NoArgument, response: V.DamageReportView },
  'vault:backup': { request: V.BackupRequest, response: V.BackupResponse },
  'vault:restore': { request: V.RestoreRequest, response: V.DamageReportView },
  /** A range of the sorted, filtered, searched case list: the list never crosses IPC whole. */
  'cases:page': { request: V.CasePageRequest, response: V.CasePageResponse },
  'cases:get': { request: V.GetCaseRequest, response: V.CaseRecordView },
  'cases:create': { request: V.CreateCaseRequest, response: V.CaseRecordView },
  'cases:save': { request: V.SaveCaseRequest, response: V.CaseRecordView },
  'cases:import': { request: V.ImportCasesRequest, response: V.ImportCasesResponse },
  /** Erases a case from the vault (admin only); refused when it changed since `version`. */
  'cases:delete': { request: V.DeleteCaseRequest, response: V.CaseIdResponse },
  'users:list': { request: NoArgument, response: z.array(V.UserView).max(1000) },
  'users:add': { request: V.AddUserRequest, response: z.array(V.UserView).max(1000) },
  'users:remove': { request: V.RemoveUserRequest, response: z.array(V.UserView).max(1000) },
  'users:changePassphrase': { request: V.ChangePassphraseRequest, response: V.VaultStatus },
  'audit:list': { request: NoArgument, response: V.AuditView },
  'redaction:save': { request: V.SaveRedactionRequest, response: V.CaseRecordView },
  'workflow:submit': { request: V.CaseIdRequest, response: V.CaseRecordView },
  'workflow:requestChanges': { request: V.RequestChangesRequest, response: V.CaseRecordView },
  /** A fresh leak check of the redaction, in the core: what the reviewer must still accept. */
  'workflow:risks': { request: V.CaseIdRequest, response: V.RisksResponse },
  'workflow:approve': { request: V.ApproveRequest, response: V.CaseRecordView },
  'workflow:export': { request: V.ExportRequest, response: V.ExportResponse },
  'vault:resetWithRecovery': { request: V.ResetWithRecoveryRequest, response: V.VaultStatus },
  /** The shell's native folder dialog; the preview has none and answers folder: null. */
  'dialog:chooseFolder': { request: NoArgument, response: V.ChooseFolderResponse },
  /** Contacts: the signed-in user's card is written to a folder (a stick), never handed to the renderer. */
  'contacts:list': { request: NoArgument, response: X.ContactList },
  'contacts:myCard': { request: NoArgument, response: X.MyCardResponse },
  'contacts:writeCard': { request: X.WriteCardRequest, response: X.WriteCardResponse },
  'contacts:import': { request: X.ImportContactRequest, response: X.ContactView },
  'contacts:revoke': { request: X.RevokeContactRequest, response: X.ContactList },
  /** Sealed bundles between laptops (docs/bundle-format.md). */
  'bundles:send': { request: X.SendBundleRequest, response: X.SendBundleResponse },
  'bundles:receive': { request: X.BundleFileRequest, response: X.ReceiveBundleResponse },
  'bundles:inspect': { request: X.BundleFileRequest, response: X.InspectBundleResponse },
  /** How far the send or receive under way is (null: none is), asked for while it runs. */
  'bundles:progress': { request: NoArgument, response: X.BundleProgress },
  'cases:resolveConflict': { request: X.ResolveConflictRequest, response: V.CaseRecordView },
  /** The cases a bundle left in two versions, for the case list to mark: who sent the other version and when, never either version. */
  'cases:conflicts': { request: NoArgument, response: X.ConflictList },
  /** A reviewer's laptop takes cases in only by bundle and sends back decisions only; setting it is for good. */
  'vault:reviewLaptop': { request: NoArgument, response: X.ReviewLaptopResponse },
  'vault:makeReviewLaptop': { request: NoArgument, response: X.ReviewLaptopResponse },
  /** Approved publications received in bundles: listed, and one written as export writes it, checked again and read back. */
  'publications:list': { request: NoArgument, response: X.PublicationList },
  'publications:export': { request: X.ExportPublicationRequest, response: X.ExportPublicationResponse },
  /** The shell's native dialog for a bundle or a contact card; the preview has none and answers file: null. */
  'dialog:chooseFile': { request: NoArgument, response: X.ChooseFileResponse },
  /** Clears the clipboard 30 s after a copy, so case data does not linger in clipboard history. */
  'clipboard:scheduleClear': { request: NoArgument, response: z.strictObject({ clearsInSeconds: z.number().int() }) },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>;

// Compile-time proof that CHANNELS and CONTRACT name the same channels.
type Missing = Exclude<Channel, keyof typeof CONTRACT> | Exclude<keyof typeof CONTRACT, Channel>;
const _sameChannels: [Missing] extends [never] ? true : never = true;
void _sameChannels;

export type RequestOf<C extends Channel> = z.input<(typeof CONTRACT)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof CONTRACT)[C]['response']>;

/** Keeps a hostile or buggy renderer from making main parse megabytes before refusing. */
export const MAX_ARGUMENT_BYTES = 2 * 1024 * 1024;
