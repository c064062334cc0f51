import { readFileSync } from 'node:fs';
import { CaseFile } from '../../../shared/caseFile/schema';
import { describeIssues } from '../../../shared/ipc/describeIssues';
import { SafeholdError } from '../../../shared/errors';

/** Reads and validates a `case-file/1` document; errors name the file and the field. */
export function readCaseFile(path: string): CaseFile {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new SafeholdError('not-found', `${path}: cannot read the file`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new SafeholdError('invalid-argument', `${path}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = CaseFile.safeParse(json);
  if (!parsed.success) throw new SafeholdError('invalid-argument', `${path}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
