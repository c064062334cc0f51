import type { Table } from './entry';

/** Files and folders a person names: what is read in, where things are written. */
export const FILES = {
  'file.notAFile': { code: 'invalid-argument', en: '{{label}}: is {{kind}}, not a file; give the path of a file.' },
  'file.cannotRead': { code: 'not-found', en: '{{label}}: cannot read the file ({{reason}})' },
  'file.tooLarge': { code: 'invalid-argument', en: '{{label}}: is {{size}} MB; the limit is {{limit}} MB.' },
  'file.notUtf8': { code: 'invalid-argument', en: '{{label}}: is not UTF-8 text.' },
  'file.kind.pipe': { en: 'a named pipe' },
  'file.kind.device': { en: 'a device' },
  'file.kind.socket': { en: 'a socket' },
  'file.kind.folder': { en: 'a folder' },
  'file.kind.other': { en: 'not a regular file' },
  'folder.missing': { code: 'not-found', en: 'The folder {{folder}} does not exist.' },
} as const satisfies Table;
