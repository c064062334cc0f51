/** Where a case is on its way from record to publication. */
export const CASE_STATES = ['draft', 'redaction', 'in-review', 'changes-requested', 'approved', 'exported'] as const;
export type CaseState = (typeof CASE_STATES)[number];
