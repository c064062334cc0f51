import { BACKUP } from './backup';
import { BUNDLES } from './bundles';
import { CASES } from './cases';
import { CONTACTS } from './contacts';
import { EXPORT } from './export';
import { FILES } from './files';
import { FINDINGS } from './findings';
import { IPC } from './ipc';
import { PARTS } from './parts';
import { PASSPHRASE } from './passphrase';
import { REDACTION } from './redaction';
import { SCHEMA } from './schema';
import { USERS } from './users';
import { VAULT } from './vault';
import { WORKFLOW } from './workflow';

/** Every message of the core, by stable key; translations (renderer/src/i18n/errors) follow the same keys. */
export const ERRORS = { ...IPC, ...SCHEMA, ...PARTS, ...VAULT, ...CASES, ...USERS, ...BACKUP, ...PASSPHRASE, ...FILES, ...CONTACTS, ...BUNDLES, ...WORKFLOW, ...EXPORT, ...FINDINGS, ...REDACTION };
