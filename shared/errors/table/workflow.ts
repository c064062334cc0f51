import type { Table } from './entry';

/** The steps of a case from redaction to publication, the approval and the published text. */
export const WORKFLOW = {
  'workflow.changedSinceOpened': { code: 'conflict', en: 'case {{id}} changed since it was opened; reopen it.' },
  'workflow.withReviewer': { code: 'conflict', en: 'This case is with a reviewer. Ask them to request changes before editing it.' },
  'workflow.purposeCount': { code: 'invalid-argument', en: 'purposes: expected one published purpose per need ({{needs}}), got {{purposes}}.' },
  'workflow.redactFirst': { code: 'conflict', en: 'Redact the story before sending it for review.' },
  'workflow.cannotSubmit': { code: 'conflict', en: 'A case in state "{{state}}" cannot be sent for review.' },
  'workflow.stillContains': { code: 'conflict', en: 'The redacted story still contains direct identifiers (found: {{count}}). Remove them in the redaction editor first.' },
  'workflow.onlyInReviewBack': { code: 'conflict', en: 'Only a case in review can be sent back.' },
  'workflow.onlyInReviewApprove': { code: 'conflict', en: 'Only a case in review can be approved.' },
  'workflow.fourEyes': { code: 'forbidden', en: 'You changed this case or its redaction since it was last approved: another reviewer must approve it (four eyes).' },
  'workflow.directIdentifiers': { code: 'conflict', en: 'The story still contains direct identifiers (found: {{count}}). Send it back for redaction.' },
  'workflow.acceptRisks': { code: 'conflict', en: 'Accept each remaining quasi-identifier with a reason first (not yet accepted: {{count}}).' },
  'workflow.onlyApprovedExport': { code: 'conflict', en: 'case {{id}}: only an approved case can be exported.' },
  'workflow.noApproval': { code: 'conflict', en: 'This case has no approval.' },
  'workflow.legacyApproval': { code: 'conflict', en: 'This approval carries the case reference of vault format 1, which a copy of the vault would tie to the publication: approve the case again, then export.' },
  'workflow.otherCaseApproval': { code: 'conflict', en: 'This approval was given for another case: approve this case again, then export.' },
  'workflow.foreignNoCaseRef': { code: 'conflict', en: 'case {{id}} came from another vault without its case reference (sent by an older Safehold): ask its sender to send it for review again.' },
  'workflow.storyChanged': { code: 'damaged', en: 'The story no longer matches its approval; it was not exported.' },
  'workflow.leakCheck': { code: 'conflict', en: 'The leak check found direct identifiers (found: {{count}}). Nothing was exported.' },
  'workflow.reviewerGone': { code: 'forbidden', en: 'The approving reviewer is no longer a reviewer of this vault or a trusted reviewer contact: approve again.' },
  'approval.malformed': { code: 'damaged', en: 'the approval statement is malformed' },
  'approval.signatureMismatch': { code: 'damaged', en: 'the approval signature does not match (the approval or the reviewer key was changed)' },
  'approval.wrongReviewerKey': { code: 'damaged', en: 'the reviewer key is not the one the approval names' },
  'publication.remoteLinks': { code: 'conflict', en: 'The published text links to remote resources (web addresses found: {{count}}): remove every URL.' },
  'publication.stalePurposes': { code: 'conflict', en: "The needs changed since the redaction was saved: check each need's published purpose in the redaction editor and save it again." },
} as const satisfies Table;
