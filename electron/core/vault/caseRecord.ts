import { z } from 'zod';
import { CaseFile } from '../../../shared/caseFile/schema';

export const WORKFLOW_STATES = ['draft', 'redaction', 'in-review', 'changes-requested', 'approved', 'exported'] as const;

/** A case as the vault keeps it: the record of case-file/1 and its place in the workflow. */
export const CaseRecord = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  version: z.number().int().min(1),
  state: z.enum(WORKFLOW_STATES),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  createdBy: z.string().max(200),
  updatedBy: z.string().max(200),
  data: CaseFile,
});
export type CaseRecord = z.infer<typeof CaseRecord>;

/** Names, other names, title, towns and employers, lower-cased: what the case list searches. */
export function searchText(data: CaseFile): string {
  const people = [data.subject, ...(data.relatives ?? [])];
  return [
    data.story?.title,
    ...people.flatMap((p) => [p.fullName, ...(p.otherNames ?? []), p.city, p.employer, p.occupation]),
    ...(data.legal?.events ?? []).map((e) => e.place),
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .slice(0, 4000);
}
