import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { english, textOf } from '../../../shared/errors';
import { cryptoReady, newKey } from '../crypto/sodium';
import { CaseIndex, INDEX_FILE, JOURNAL_FILE, SEARCH_FILE, type IndexEntry } from './caseIndex';
import { encodeSnapshot } from './indexSnapshot';
import { encodeRecord, encodeRecordBytes } from './records';
import { encodeSearchTexts } from './searchTexts';

const VAULT = 'vault-id';
const dirs: string[] = [];
const entry = (id: string, title: string, search: string): IndexEntry => ({ id, version: 1, title, state: 'draft', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', search });

function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'safehold-index-'));
  dirs.push(dir);
  return dir;
}

beforeAll(cryptoReady);
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the case index snapshot', () => {
  it('unlocks with the list alone and reads the search texts on the first search', async () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-aaaaaa', 'A teacher from Lida', 'сергей коваленко лида'));
    index.put(entry('case-bbbbbb', 'A driver from Brest', 'volha novik brest'));
    index.compact();
    expect(existsSync(path.join(dir, SEARCH_FILE))).toBe(true);

    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(reopened.list().map((e) => [e.id, e.title, e.search]).sort()).toEqual([
      ['case-aaaaaa', 'A teacher from Lida', ''],
      ['case-bbbbbb', 'A driver from Brest', ''],
    ]);
    expect(await reopened.search('Siarhei')).toEqual(['case-aaaaaa']);
    expect(reopened.get('case-bbbbbb')!.search).toBe('volha novik brest');
    expect(reopened.problems).toEqual([]);
  });

  it('names every listed case from a snapshot read in place and the journal after it', () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-aaaaaa', 'Kept', ''));
    index.put(entry('case-bbbbbb', 'Removed after the snapshot', ''));
    index.compact();
    index.remove('case-bbbbbb');
    index.put(entry('case-cccccc', 'Added after the snapshot', ''));

    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect([...reopened.ids()].sort()).toEqual(['case-aaaaaa', 'case-cccccc']);
    expect(reopened.list().map((e) => e.id).sort()).toEqual(['case-aaaaaa', 'case-cccccc']);
    expect([...reopened.ids()].sort()).toEqual(['case-aaaaaa', 'case-cccccc']);
  });

  it('builds the keys of a snapshot read in place part by part, with the journal changes over it', async () => {
    const dir = freshDir();
    const key = newKey();
    // Words of letters only: the fold leaves digits out, so 'x12' would find 'x1' too.
    const word = (i: number) => `zz${[...String(i)].map((d) => 'abcdefghij'[Number(d)]).join('')}`;
    // Written as a compaction writes them, without a thousand journal appends first.
    const entries = Array.from({ length: 1001 }, (_, i) => entry(`case-${String(i).padStart(6, '0')}`, `Case ${word(i)}`, `${word(i)}x`));
    writeFileSync(path.join(dir, SEARCH_FILE), encodeSearchTexts(key, VAULT, 1, 1, entries.map((e) => [e.id, e.search])));
    writeFileSync(path.join(dir, INDEX_FILE), encodeRecordBytes(key, VAULT, 'index', 'index', 1, 1, encodeSnapshot(entries, 0)));
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-000003', 'Case 3', 'changed after the snapshot'));
    index.remove('case-000004');

    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    // The engine's coarse fold finds look-alike words too: what matters is what is and is not found.
    expect(await reopened.search(`${word(1000)}x`)).toContain('case-001000');
    expect(await reopened.search(`case ${word(600)}`)).toContain('case-000600');
    expect(await reopened.search(`${word(3)}x`)).not.toContain('case-000003');
    expect(await reopened.search('changed')).toEqual(['case-000003']);
    expect(await reopened.search(`${word(4)}x`)).not.toContain('case-000004');
    expect(await reopened.search('case')).toHaveLength(1000);
    expect(reopened.problems).toEqual([]);
  });

  it('still reads the search texts of a vault written before they came in parts', async () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-aaaaaa', 'A teacher from Lida', 'сергей коваленко лида'));
    index.put(entry('case-bbbbbb', 'A driver from Brest', 'volha novik brest'));
    index.compact();
    writeFileSync(path.join(dir, SEARCH_FILE), encodeRecord(key, VAULT, 'index', 'search', 1, 1, { texts: { 'case-aaaaaa': 'сергей коваленко лида', 'case-bbbbbb': 'volha novik brest' } }));

    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(await reopened.search('Siarhei')).toEqual(['case-aaaaaa']);
    reopened.compact();
    expect(reopened.problems).toEqual([]);
    const again = new CaseIndex(dir, VAULT, key, 1);
    again.load();
    expect(await again.search('Вольга')).toEqual(['case-bbbbbb']);
  });

  it('still lists every case when the search texts are missing, and says so', async () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-aaaaaa', 'A teacher from Lida', 'сергей коваленко'));
    index.compact();
    rmSync(path.join(dir, SEARCH_FILE));
    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(reopened.size).toBe(1);
    expect(await reopened.search('teacher')).toEqual(['case-aaaaaa']);
    expect(await reopened.search('Сергей')).toEqual([]);
    expect(reopened.problems).toEqual([textOf('finding.searchMissing', { file: SEARCH_FILE })]);
  });

  it('reads a format 1 snapshot whole, and drops a search file it makes stale', async () => {
    const dir = freshDir();
    const key = newKey();
    const legacy = { entries: { 'case-aaaaaa': entry('case-aaaaaa', 'Old format', 'ольга мажейко') }, journalSeq: 0 };
    writeFileSync(path.join(dir, INDEX_FILE), encodeRecord(key, VAULT, 'index', 'index', 3, 1, legacy));
    writeFileSync(path.join(dir, SEARCH_FILE), 'stale, from before a key rotation');
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.repair();
    expect(await index.search('Volha')).toEqual(['case-aaaaaa']);
    expect(existsSync(path.join(dir, SEARCH_FILE))).toBe(false);
    index.compact();
    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(await reopened.search('Мажейко')).toEqual(['case-aaaaaa']);
  });

  it('refuses search texts from another record or an older copy', async () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    index.put(entry('case-aaaaaa', 'Title', 'secret words'));
    index.compact();
    writeFileSync(path.join(dir, SEARCH_FILE), encodeRecord(key, VAULT, 'index', 'search', 0, 1, { texts: { 'case-aaaaaa': 'older words' } }));
    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(await reopened.search('older')).toEqual([]);
    expect(reopened.problems[0]?.key).toBe('finding.searchOlder');
    expect(english(reopened.problems[0]!)).toContain('an older copy was put back');
  });

  it('folds a long journal into a snapshot, as an import does at its end', async () => {
    const dir = freshDir();
    const key = newKey();
    const index = new CaseIndex(dir, VAULT, key, 1);
    index.load();
    for (let i = 0; i < 501; i++) index.put(entry(`case-${String(i).padStart(6, '0')}`, `Case ${i}`, `words ${i}`));
    index.foldLongJournal();
    expect(existsSync(path.join(dir, JOURNAL_FILE))).toBe(false);
    const reopened = new CaseIndex(dir, VAULT, key, 1);
    reopened.load();
    expect(reopened.size).toBe(501);
    expect(await reopened.search('words 500')).toContain('case-000500');
  });

  it('builds the search keys between other work, keeps up with saves meanwhile, and stops on lock', async () => {
    const dir = freshDir();
    const index = new CaseIndex(dir, VAULT, newKey(), 1);
    index.load();
    index.put(entry('case-aaaaaa', 'A teacher from Lida', 'сергей коваленко лида'));
    const built = index.prepareSearch();
    let otherWork = false;
    setImmediate(() => (otherWork = true));
    index.put(entry('case-bbbbbb', 'A driver from Brest', 'volha novik brest'));
    await built;
    expect(otherWork).toBe(true);
    expect(await index.search('Вольга')).toEqual(['case-bbbbbb']);

    const locked = new CaseIndex(freshDir(), VAULT, newKey(), 1);
    locked.load();
    void locked.prepareSearch();
    locked.close();
    await expect(locked.search('Lida')).rejects.toThrow(/locked/);
    expect(locked.problems).toEqual([]);
  });
});

