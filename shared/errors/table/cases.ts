import type { Table } from './entry';

/** Cases in the vault and case files given to it. */
export const CASES = {
  'case.notFound': { code: 'not-found', en: 'There is no case {{id}} in this vault.' },
  'case.invalid': { code: 'invalid-argument', en: '{{where}}: {{issues}}' },
  'case.fileMissing': { code: 'damaged', en: 'case {{id}}: its file is missing (deleted or moved)' },
  'case.olderCopy': { code: 'damaged', en: 'case {{id}}: the file is version {{found}} but the index expects {{expected}} (an older copy was put back)' },
  'case.recordMismatch': { code: 'damaged', en: 'case {{id}}: the record inside does not match its file' },
  'case.savedElsewhere': { code: 'conflict', en: 'case {{id}} was saved elsewhere since it was opened (version {{current}}, not {{expected}}); reopen it to see the latest.' },
  'case.deleteSavedElsewhere': { code: 'conflict', en: 'case {{id}} was saved elsewhere since it was opened (version {{current}}, not {{expected}}); look at it again before deleting it.' },
  'case.importRefused': { code: 'invalid-argument', en: '{{problems}}' },
  'caseFile.notJson': { code: 'invalid-argument', en: '{{file}}: not valid JSON' },
  'caseFile.invalid': { code: 'invalid-argument', en: '{{file}}: {{issues}}' },
  'state.draft': { en: 'draft' },
  'state.redaction': { en: 'in redaction' },
  'state.in-review': { en: 'in review' },
  'state.changes-requested': { en: 'changes requested' },
  'state.approved': { en: 'approved' },
  'state.exported': { en: 'exported' },
  'part.caseInState': { en: '{{id}} ({{state}})' },
} as const satisfies Table;
