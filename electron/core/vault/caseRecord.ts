import type { CaseFile } from '../../../shared/caseFile/schema';

export { CaseRecord } from '../../../shared/caseFile/caseRecord';

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
