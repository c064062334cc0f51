import type { Table } from './entry';

/** Users of a vault, their records and the recovery code. */
export const USERS = {
  'users.needsRole': { code: 'invalid-argument', en: 'A user needs at least one role.' },
  'users.exists': { code: 'conflict', en: 'There is already a user called {{name}}.' },
  'users.notFound': { code: 'not-found', en: 'There is no user called {{name}}.' },
  'users.slotMissing': { code: 'damaged', en: 'The key slot of {{name}} is missing from the vault header.' },
  'users.noRecoverySlot': { code: 'not-found', en: 'This vault has no recovery slot.' },
  'users.wrongRecoveryCode': { code: 'unauthorized', en: 'That recovery code does not open this vault.' },
  'users.removeSelf': { code: 'forbidden', en: 'You cannot remove yourself; ask another admin.' },
  'users.lastAdmin': { code: 'forbidden', en: 'The vault must keep at least one admin.' },
  'users.recordDamaged': { code: 'damaged', en: 'the users record is damaged: {{issues}}' },
  'users.invalidName': { code: 'invalid-argument', en: 'user name: {{issues}}' },
  'users.noCaseRefKey': { code: 'damaged', en: 'The users record has no case reference key; unlock the vault again to add one.' },
  'recovery.length': { code: 'invalid-argument', en: 'The recovery code has {{count}} letters and digits in groups of four; check what you typed.' },
  'recovery.typo': { code: 'invalid-argument', en: 'The recovery code has a typo: its last group does not match. Check each group against the printed code.' },
} as const satisfies Table;
