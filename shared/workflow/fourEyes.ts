/**
 * The part of a case record that says who touched it. Declared here, not imported, because the
 * case record's schema already depends on the workflow's states.
 */
interface AuthoredRecord {
  authors?: string[] | undefined;
  createdBy: string;
  updatedBy: string;
  redaction?: { lastEditor: string } | undefined;
}

/**
 * Who changed a case since its last approval: whoever created, edited, redacted or sent it for
 * review. A record from before this was kept names at least its creator, its last redactor and
 * whoever saved it last.
 */
export function authorsOf(record: AuthoredRecord): string[] {
  return record.authors ?? [record.createdBy, record.updatedBy, ...(record.redaction ? [record.redaction.lastEditor] : [])];
}

/** The record's authors with `name` added: called by every step that changes the record or its redaction. */
export function withAuthor(record: AuthoredRecord, name: string): string[] {
  const authors = authorsOf(record);
  return authors.includes(name) ? authors : [...authors, name];
}

/** Four eyes: nobody who changed the record or the redaction since the last approval may approve it. */
export function mayApprove(record: AuthoredRecord, reviewer: string): boolean {
  return !authorsOf(record).includes(reviewer);
}
