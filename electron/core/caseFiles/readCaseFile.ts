import { CaseFile } from '../../../shared/caseFile/schema';
import { describeIssues } from '../../../shared/ipc/describeIssues';
import { SafeholdError } from '../../../shared/errors';
import { readRegularFile } from '../files/regularFile';

/** Reads and validates a `case-file/1` document; errors name the file and the field. */
export function readCaseFile(path: string): CaseFile {
  const raw = readRegularFile(path);
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
