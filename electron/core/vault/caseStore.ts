import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CaseFile } from '../../../shared/caseFile/schema';
import { SafeholdError, schemaIssues, textOf, type ErrorText } from '../../../shared/errors';
import { afterEdit } from '../../../shared/workflow/policy';
import { withAuthor } from '../../../shared/workflow/fourEyes';
import { randomBytes, toBase64 } from '../crypto/sodium';
import type { CaseIndex, IndexEntry } from './caseIndex';
import { CaseRecord, searchText } from './caseRecord';
import { recordDeletion } from './deletedCases';
import { eraseFile, writeFileAtomic } from './files';
import { decodeRecord, encodeRecord } from './records';
import type { VaultSession } from './session';

/** The case files of a vault: `cases/<id>.rec`, one authenticated record each. */
export const CASES_DIR = 'cases';
export const caseFileName = (id: string) => `${id}.rec`;
export const now = () => new Date().toISOString();

export function indexEntry(record: CaseRecord): IndexEntry {
  return {
    id: record.id, version: record.version, title: record.data.story?.title ?? record.data.subject.fullName,
    state: record.state, createdAt: record.createdAt, updatedAt: record.updatedAt, search: searchText(record.data),
  };
}

export function parseCaseData(data: unknown, where: string): CaseFile {
  const parsed = CaseFile.safeParse(data);
  if (!parsed.success) throw new SafeholdError('case.invalid', { where, issues: schemaIssues(parsed.error) });
  return parsed.data;
}

/**
 * Reads a case file. Authentication (AEAD) already proves the bytes are ours; the schema
 * check on top is skipped only by verify, which reads every case and must stay fast.
 */
export function readCase(s: VaultSession, id: string, expectedVersion: number, validate = true): CaseRecord {
  const file = path.join(s.dir, CASES_DIR, caseFileName(id));
  const bytes = readCaseFile(file, id);
  const { value, header } = decodeRecord<unknown>(s.vaultKey, s.vaultId, 'case', id, bytes, textOf('part.case', { id }));
  if (header.version < expectedVersion) {
    throw new SafeholdError('case.olderCopy', { id, found: header.version, expected: expectedVersion });
  }
  const parsed = validate ? CaseRecord.safeParse(value) : { success: true as const, data: value as CaseRecord };
  if (!parsed.success || parsed.data.id !== id || parsed.data.version !== header.version) {
    throw new SafeholdError('case.recordMismatch', { id });
  }
  // A save that wrote the case but died before its index entry: the file is authentic and newer.
  if (header.version > expectedVersion) s.index.put(indexEntry(validate ? parsed.data : CaseRecord.parse(value)));
  return parsed.data;
}

/** A missing file is named as such; no separate look first, which cost verify a call per case. */
function readCaseFile(file: string, id: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new SafeholdError('case.fileMissing', { id });
    throw error;
  }
}

/** The latest version of a case the index knows. */
export function currentCase(s: VaultSession, id: string): CaseRecord {
  const entry = s.index.get(id);
  if (!entry) throw new SafeholdError('case.notFound', { id });
  return readCase(s, id, entry.version);
}

export function writeCase(s: VaultSession, record: CaseRecord): void {
  const bytes = encodeRecord(s.vaultKey, s.vaultId, 'case', record.id, record.version, s.generation, record);
  writeFileAtomic(s.dir, path.join(s.dir, CASES_DIR, caseFileName(record.id)), bytes);
  s.index.put(indexEntry(record));
  s.noteCaseWrite(record.id, record.version);
}

function newCase(s: VaultSession, data: CaseFile): CaseRecord {
  const time = now();
  return {
    id: toBase64(randomBytes(12)), version: 1, state: 'draft', createdAt: time, updatedAt: time,
    createdBy: s.user.name, updatedBy: s.user.name, authors: [s.user.name], data: { ...data, id: undefined },
  };
}

export function listCases(s: VaultSession): IndexEntry[] {
  // ISO times sort as plain strings; localeCompare would cost more than the rest of the list call.
  return s.index.list().sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** `formDraft`: the form as typed while some field is invalid, kept encrypted with the case. */
export function createCase(s: VaultSession, data: unknown, formDraft?: string): CaseRecord {
  const record = { ...newCase(s, parseCaseData(data, 'case')), ...(formDraft === undefined ? {} : { formDraft }) };
  writeCase(s, record);
  s.log('case-create', record.id);
  return record;
}

/** Saves a new version of a case; `expectedVersion` guards against overwriting a newer save. */
export function saveCase(s: VaultSession, id: string, expectedVersion: number, data: unknown, formDraft?: string): CaseRecord {
  const entry = s.index.get(id);
  if (!entry) throw new SafeholdError('case.notFound', { id });
  if (entry.version !== expectedVersion) {
    throw new SafeholdError('case.savedElsewhere', { id, current: entry.version, expected: expectedVersion });
  }
  const current = readCase(s, id, entry.version);
  const { formDraft: _previous, ...rest } = afterEdit(current);
  const record: CaseRecord = {
    ...rest, version: current.version + 1, updatedAt: now(), updatedBy: s.user.name, authors: withAuthor(current, s.user.name), data: parseCaseData(data, 'case'),
    ...(formDraft === undefined ? {} : { formDraft }),
  };
  writeCase(s, record);
  s.log('case-edit', id);
  if (current.approval) s.log('approval', `${id}: voided by an edit of the record`);
  return record;
}

/** Imports case files all or nothing: every file is checked, and every problem reported, before the first is saved. */
export function importCases(s: VaultSession, files: { name: string; content: string }[]): string[] {
  const problems: ErrorText[] = [];
  const parsed = files.flatMap(({ name, content }) => {
    let json: unknown;
    try {
      // A byte order mark, as Windows editors write, is not part of the JSON.
      json = JSON.parse(content.replace(/^\uFEFF/, ''));
    } catch {
      // Not the parser's message: it quotes the text around the fault, which is case data.
      problems.push(textOf('caseFile.notJson', { file: name }));
      return [];
    }
    try {
      return [parseCaseData(json, name)];
    } catch (error) {
      if (!(error instanceof SafeholdError)) throw error;
      problems.push(error.text);
      return [];
    }
  });
  if (problems.length) throw new SafeholdError('case.importRefused', { problems });
  const ids = parsed.map((data) => {
    const record = newCase(s, data);
    writeCase(s, record);
    return record.id;
  });
  s.index.foldLongJournal();
  s.log('case-import', ids.join(', '));
  return ids;
}

/** A decrypted case-file/1 document; the audit log says so. */
export function exportCaseFile(s: VaultSession, id: string): CaseFile {
  const record = currentCase(s, id);
  s.log('case-export', `${id} (plaintext case file)`);
  return { ...record.data, format: 'case-file/1', id };
}

/**
 * Deletes a case for good: its index entry first (from then on it is gone from the list and
 * from every backup made afterwards), then the audit entry, which names only the id, then
 * its file and every trace of its title and names in the index. `expectedVersion` keeps a
 * case that changed since the person confirmed from being deleted unseen.
 */
export function deleteCase(s: VaultSession, id: string, expectedVersion: number): void {
  const entry = s.index.get(id);
  if (!entry) throw new SafeholdError('case.notFound', { id });
  if (entry.version !== expectedVersion) {
    throw new SafeholdError('case.deleteSavedElsewhere', { id, current: entry.version, expected: expectedVersion });
  }
  // Recorded before the case goes, so no bundle brings it back (bundles/merge.ts); a crash in
  // between leaves it recorded while still here, which counts as here.
  recordDeletion(s, id, now());
  s.index.remove(id);
  s.log('case-delete', id);
  finishDeletions(s.dir, s.index);
}

/**
 * Erases the files of the cases the index no longer holds and compacts the index, so that
 * neither the journal nor the search texts keep a deleted case's title or names. Also run
 * on unlock, before anything else compacts, for a deletion a crash interrupted; returns the
 * ids it finished.
 */
export function finishDeletions(dir: string, index: CaseIndex): string[] {
  const ids = [...index.removed];
  if (!ids.length) return [];
  for (const id of ids) eraseFile(path.join(dir, CASES_DIR, caseFileName(id)));
  index.compact();
  return ids;
}
