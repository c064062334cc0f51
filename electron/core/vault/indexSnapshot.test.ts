import { textOf } from '../../../shared/errors';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cryptoReady, newKey } from '../crypto/sodium';
import { CaseIndex, INDEX_FILE, type IndexEntry } from './caseIndex';
import { CaseOrder } from './caseOrder';
import { encodeSnapshot, isBinarySnapshot, newestFirst, SnapshotRows, type IndexRow } from './indexSnapshot';
import { openRecord } from './records';

const dirs: string[] = [];
beforeAll(cryptoReady);
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const row = (n: number, updatedAt: string, title = `Case ${n}`): IndexRow => ({ id: `case-${String(n).padStart(6, '0')}`, version: n + 1, title, state: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt });
const entry = (n: number, updatedAt: string, title?: string): IndexEntry => ({ ...row(n, updatedAt, title), search: `words ${n}` });

describe('the binary index snapshot (format 3)', () => {
  it('keeps every row, newest first, found by id without reading the others', () => {
    const rows = [row(0, '2026-03-01T00:00:00.000Z', 'Сергей Коваленко, Лида'), row(1, '2026-03-03T00:00:00.000Z'), row(2, '2026-03-02T00:00:00.000Z'), row(3, '2026-03-02T00:00:00.000Z')];
    const plain = encodeSnapshot(rows, 7);
    expect(isBinarySnapshot(plain)).toBe(true);
    expect(isBinarySnapshot(new TextEncoder().encode('{"format":2,"rows":[]}'))).toBe(false);
    const snapshot = new SnapshotRows(plain);
    expect(snapshot).toMatchObject({ count: 4, journalSeq: 7 });
    const read = Array.from({ length: 4 }, (_, i) => snapshot.row(i));
    expect(read).toEqual([...rows].sort(newestFirst));
    expect(read.map((r) => r.id)).toEqual(['case-000001', 'case-000003', 'case-000002', 'case-000000']);
    for (const r of rows) expect(snapshot.row(snapshot.find(r.id))).toEqual(r);
    expect(snapshot.find('case-999999')).toBe(-1);
    expect(new SnapshotRows(encodeSnapshot([], 0)).find('case-000000')).toBe(-1);
  });

  it('refuses a field too long for it, naming the case', () => {
    expect(() => encodeSnapshot([{ ...row(0, '2026-03-01T00:00:00.000Z'), createdAt: 'x'.repeat(300) }], 0)).toThrow(/case-000000/);
  });

  it('is what a compaction writes; unlock counts and pages it in place, merged with the journal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'safehold-snapshot-'));
    dirs.push(dir);
    const key = newKey();
    const index = new CaseIndex(dir, 'vault-id', key, 1);
    index.load();
    for (let n = 0; n < 6; n++) index.put(entry(n, `2026-03-0${n + 1}T00:00:00.000Z`));
    index.compact();
    expect(isBinarySnapshot(openRecord(key, 'vault-id', 'index', 'index', readFileSync(path.join(dir, INDEX_FILE)), textOf('part.caseIndex')).plain)).toBe(true);
    // After the snapshot: one case saved (moves to the top), one new, one removed.
    index.put(entry(1, '2026-03-09T00:00:00.000Z', 'Case 1, saved again'));
    index.put(entry(6, '2026-03-04T12:00:00.000Z'));
    index.remove('case-000004');

    const reopened = new CaseIndex(dir, 'vault-id', key, 1);
    reopened.load();
    expect(reopened.size).toBe(6);
    const inPlace = reopened.newestFirst(0, 100)!;
    expect(inPlace.map((r) => r.title)).toEqual(['Case 1, saved again', 'Case 5', 'Case 6', 'Case 3', 'Case 2', 'Case 0']);
    expect(reopened.newestFirst(2, 2)!.map((r) => r.title)).toEqual(['Case 6', 'Case 3']);
    // One case is found in place (opening a case after unlock decodes no other row), as the journal left it.
    expect(reopened.get('case-000003')).toEqual({ ...row(3, '2026-03-04T00:00:00.000Z'), search: '' });
    expect(reopened.get('case-000001')?.title).toBe('Case 1, saved again');
    expect(reopened.get('case-000004')).toBeUndefined();
    expect(reopened.get('case-999999')).toBeUndefined();
    expect(reopened.newestFirst(0, 100)).not.toBeNull();
    // The search keys are built from the rows in place; decoded whole (by another order), the same order comes from sorting.
    expect(await reopened.search('words 6')).toContain('case-000006');
    expect(reopened.newestFirst(0, 100)).not.toBeNull();
    expect(reopened.list()).toHaveLength(6);
    expect(reopened.newestFirst(0, 100)).toBeNull();
    const page = await new CaseOrder(reopened).page({ sort: 'updatedAt', descending: true, state: null, query: '', language: 'en', offset: 0, limit: 100 });
    expect(page.rows).toEqual(inPlace.map(({ id, version, title, state, createdAt, updatedAt }) => ({ id, version, title, state, createdAt, updatedAt })));
    expect(page).toMatchObject({ total: 6, count: 6 });
  });
});
