import type { Table } from './entry';

/** The folder a publication is written to, and reading it back. */
export const EXPORT = {
  'export.folderUnusable': { code: 'invalid-argument', en: '{{folder}} cannot be used for the publication ({{reason}}).' },
  'export.symlink': { code: 'invalid-argument', en: '{{folder}} is a symbolic link: choose a real, new or empty folder for the publication.' },
  'export.notAFolder': { code: 'invalid-argument', en: '{{folder}} is a file, not a folder: choose a new or empty folder for the publication.' },
  'export.notEmpty': { code: 'conflict', en: '{{folder}} is not empty: choose a new or empty folder for the publication, so nothing in it is overwritten.' },
  'export.remoteLinks': { code: 'conflict', en: 'The published text links to remote resources (web addresses found: {{count}}): remove every URL. Nothing was exported.' },
  'export.parentMissing': { code: 'not-found', en: '{{folder}} does not exist: choose a folder on a disk that is there.' },
  'export.writeFailed': { code: 'internal', en: 'The publication could not be written to {{folder}} ({{reason}}); nothing was left there.' },
  'export.noStoryJson': { code: 'not-found', en: '{{folder}} has no story.json: it is not a Safehold export.' },
  'export.storyNotJson': { code: 'damaged', en: 'story.json is not valid JSON: the export is damaged.' },
  'export.notPublication': { code: 'damaged', en: 'story.json is not a Safehold publication' },
  'prefs.invalid': { code: 'invalid-argument', en: 'preferences: {{issues}}' },
} as const satisfies Table;
