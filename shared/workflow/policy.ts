import type { CaseRecord } from '../caseFile/caseRecord';

/** Any edit after approval or during review returns the case to redaction and drops the approval. */
export function afterEdit(record: CaseRecord): CaseRecord {
  const { approval: _approval, ...rest } = record;
  if (record.state === 'approved' || record.state === 'in-review' || record.state === 'exported') return { ...rest, state: record.redaction ? 'redaction' : 'draft' };
  return rest;
}
