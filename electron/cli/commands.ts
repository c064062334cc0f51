import type { AnyCommand } from './command';
import { bundleInspect, bundleReceive, bundleSend } from './bundleCommands';
import { contactExport, contactImport, contactList, contactRevoke } from './contactCommands';
import { exportVerify, vaultReviewers } from './exportCommands';
import { publicationExport, publicationList } from './publicationCommands';
import { check, redact, scan } from './redactionCommands';
import { caseImport, caseList, vaultInit, vaultVerify } from './vaultCommands';

/**
 * The commands of ../shared/CONTRACT.md, in the order `--help` lists them: the name as typed
 * (one or two words) and the command's spec, its runner and its exit codes beside it.
 */
export const COMMANDS = {
  redact,
  check,
  scan,
  'vault init': vaultInit,
  'vault verify': vaultVerify,
  'case import': caseImport,
  'case list': caseList,
  'vault reviewers': vaultReviewers,
  'export verify': exportVerify,
  'contact export': contactExport,
  'contact import': contactImport,
  'contact list': contactList,
  'contact revoke': contactRevoke,
  'bundle send': bundleSend,
  'bundle receive': bundleReceive,
  'bundle inspect': bundleInspect,
  'publication list': publicationList,
  'publication export': publicationExport,
} as const satisfies Record<string, AnyCommand>;

