import type { Table } from './entry';

/** Making and restoring a backup file. */
export const BACKUP = {
  'backup.notBackup': { code: 'damaged', en: '{{file}} is not a Safehold backup.' },
  'backup.truncatedAfter': { code: 'damaged', en: '{{file}} is truncated after {{done}} of {{count}} entries.' },
  'backup.truncatedIn': { code: 'damaged', en: '{{file}} is truncated in entry {{n}} of {{count}}.' },
  'backup.folderMissing': { code: 'not-found', en: 'The backup folder {{folder}} does not exist.' },
  'backup.readBackFailed': { code: 'damaged', en: 'The backup did not read back as written (entry {{entry}}); it was not kept.' },
  'backup.restoreNotEmpty': { code: 'conflict', en: '{{folder}} is not empty: restore into a new folder.' },
  'backup.wrongPassphrase': { code: 'unauthorized', en: 'The name or the passphrase is not right for this backup.' },
  'backup.entryOutside': { code: 'damaged', en: 'backup entry {{entry}} points outside the folder.' },
  'backup.headerChanged': { code: 'damaged', en: 'The vault header inside this backup was changed: {{problems}}.' },
} as const satisfies Table;
