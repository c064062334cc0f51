import type { Table } from './entry';

/** The redaction engine's own needs: what it must have loaded before its answer can be trusted. */
export const REDACTION = {
  'redaction.noDictionaries': {
    code: 'internal',
    en: 'The Russian dictionaries did not load ({{reason}}): without them declined names and places in Russian go unseen, so the text was not checked and nothing was sent or exported. Reinstall Safehold.',
  },
} as const satisfies Table;
