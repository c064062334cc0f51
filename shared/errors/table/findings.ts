import type { Table } from './entry';

/**
 * What `vault verify`, a restore and every unlock find wrong with a vault's files, and what
 * `export verify` finds wrong with an export folder: each a finding, never thrown. Files are
 * named as they are on disk; nothing was deleted or repaired by finding it.
 */
export const FINDINGS = {
  'finding.at': { en: '{{what}}: {{problem}}' },
  'finding.headMissing': { en: '{{file}} is missing: it was deleted, so cuts to the audit log, the index and the failed-unlock log made with it cannot all be seen' },
  'finding.indexOlder': { en: '{{file}} is version {{found}}, older than the vault head says ({{expected}}): an older copy was put back or it was deleted; the case list may show older versions or miss cases' },
  'finding.journalCut': { en: '{{file}} has {{found}} entries, but the vault head says {{expected}}: the last {{cut}} were cut or the journal was deleted; the case list may show older versions' },
  'finding.attemptsCut': { en: '{{file}} has {{found}} entries, but {{expected}} had been recorded: it was cut or deleted, which resets the wait between unlock attempts; failed unlocks in it are lost' },
  'finding.forgedMarkers': { en: '{{file}} holds {{count}} entries Safehold did not write: the wait between unlock attempts was reset by hand' },
  'finding.auditDeleted': { en: '{{file}} is missing or empty, but {{holder}} was written after its entry {{count}}: the audit log was deleted' },
  'finding.auditCut': { en: '{{file}} has {{found}} entries, but {{holder}} was written after entry {{count}}: its last {{cut}} entries were cut' },
  'finding.auditReplaced': { en: '{{file}} entry {{count}} is not the one {{holder}} was written after: the log was replaced or rewritten' },
  'finding.auditOutOfOrder': { en: 'audit entry {{n}} is out of order or from another key' },
  'finding.auditChainBroken': { en: 'audit entry {{n}} does not follow entry {{previous}}: the chain was broken (an entry removed, changed or reordered)' },
  'finding.auditEntryDamaged': { en: 'audit entry {{n}} is damaged' },
  'finding.journalGap': { en: '{{file}} has a gap: its entry {{n}} is numbered {{stored}} (entries were removed from the middle)' },
  'finding.searchMissing': { en: '{{file}} is missing: search finds cases by title only until the index is rebuilt' },
  'finding.searchOlder': { en: '{{file}} is version {{found}}, older than the index ({{expected}}): an older copy was put back' },
  'finding.notInIndex': { en: 'its file was not in the case index (an index entry was lost); it is listed again' },
  'finding.fileMissing': { en: 'its file is missing (deleted or moved)' },
  'finding.notCaseOfVault': { en: '{{file}} is not a case of this vault: {{problem}}' },
  'finding.notCaseOfIndex': { en: "not a case of this vault's index: {{problem}}" },
  'finding.goneUnlogged': { en: 'the audit log records version {{version}}, but its file is gone and no deletion was logged (removed by hand)' },
  'finding.olderThanLogged': { en: 'the file is version {{found}}, but the audit log records version {{version}} (an older copy was put back)' },
  // An unlock's finding that a Safehold from before findings had keys logged as English text.
  'finding.logged': { en: '{{text}}' },
  'part.head': { en: 'the vault head' },
  'part.foundAtUnlock': { en: 'found at unlock' },
  'part.foundAtUnlockAt': { en: 'found at unlock ({{time}})' },
  'exportCheck.notApproved': { en: 'the text, title or needs differ from what the reviewer approved' },
  'exportCheck.remoteLinks': { en: 'the published text links to remote resources ({{urls}}): remove every URL' },
  'exportCheck.fileMissing': { en: '{{file}} is missing' },
  'exportCheck.fileChanged': { en: '{{file}} was changed after approval' },
  'exportCheck.untrusted': { en: 'the approving key is not a reviewer key of this vault, nor the key given' },
  'exportCheck.legacyCaseRef': { en: 'the approval signs the case reference of vault format 1, which anyone with a copy of the vault can tie to this publication: approve the case again and export it again' },
  'exportCheck.caseNotHere': { en: 'the case this export came from is not in the vault' },
  'exportCheck.leaks': { en: 'the leak check found: {{found}}' },
} as const satisfies Table;
