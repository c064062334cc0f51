import { CaseFile } from '../../../shared/caseFile/schema';
import { SafeholdError, schemaIssues } from '../../../shared/errors';
import { readRegularFile } from '../files/regularFile';

/** Reads and validates a `case-file/1` document; errors name the file and the field. */
export function readCaseFile(path: string): CaseFile {
  const raw = readRegularFile(path);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // Not the parser's message: it quotes the text around the fault, which is case data.
    throw new SafeholdError('caseFile.notJson', { file: path });
  }
  const parsed = CaseFile.safeParse(json);
  if (!parsed.success) throw new SafeholdError('caseFile.invalid', { file: path, issues: schemaIssues(parsed.error) });
  return parsed.data;
}
