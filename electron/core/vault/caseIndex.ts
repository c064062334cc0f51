import { existsSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import type { CaseState } from '../../../shared/workflow/caseStates';
import { fromUtf8, open, seal, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { appendFrame, readFrames, writeFileAtomic } from './files';
import { decodeSealedEntry, encodeSealedEntry } from './framing';
import { isBinarySnapshot, newestFirst, SnapshotRows, encodeSnapshot, type IndexRow } from './indexSnapshot';
import { encodeRecordBytes, openRecord } from './records';
import { findingOf, SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { SearchIndex } from './caseSearch';
import { encodeSearchTexts, readSearchTexts, type SearchTextFile } from './searchTexts';

export const INDEX_FILE = 'index.rec';
export const JOURNAL_FILE = 'index.journal';
/** The search texts of the snapshot's cases, apart from the list so that unlock need not read them. */
export const SEARCH_FILE = 'index-search.rec';

/** The longest the search keys are built for before other requests get their turn. */
const SLICE_MS = 8;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What the case list needs, kept apart so the list never decrypts a case. */
export interface IndexEntry extends IndexRow {
  /**
   * Lower-cased names, title and places, for search; encrypted like everything else. Cases
   * read from a snapshot have theirs in SEARCH_FILE, which the search keys are built from
   * and a compaction reads back (loadSearch).
   */
  search: string;
}

type Row = [id: string, version: number, title: string, state: CaseState, createdAt: string, updatedAt: string];

/**
 * Format 2, still read: the list's columns as JSON rows of six values, without search texts.
 * Compaction writes format 3 (indexSnapshot.ts), which unlock need not parse at all.
 */
interface Snapshot {
  format: 2;
  rows: Row[];
  /** The journal's entries up to here are already in the snapshot. */
  journalSeq: number;
}

/** Format 1, still read: every entry whole, in one record. */
interface LegacySnapshot {
  entries: Record<string, IndexEntry>;
  journalSeq: number;
}

/**
 * The encrypted case index: a snapshot plus an append-only journal, so that saving one case
 * appends one small entry whatever the number of cases, and the snapshot is rewritten only
 * now and then (compaction).
 */
export class CaseIndex {
  private loaded = new Map<string, IndexEntry>();
  /**
   * A format 3 snapshot still read in place, with the journal's changes since it (null: the
   * case was removed) and the count they make: the list's first pages and the count come
   * from it, and the first use of anything else decodes it whole (entries).
   */
  private lazy: { rows: SnapshotRows; changes: Map<string, IndexEntry | null>; size: number } | null = null;
  private journalSeq = 0;
  private journalLength = 0;
  private snapshotVersion = 0;
  /** Journal entries and search texts that failed to open: reported by verify. */
  readonly problems: ErrorText[] = [];
  /** The journal ends in a frame cut short by a crash: repaired once the vault is ours. */
  private torn = false;
  /** Folded search keys, built in slices (prepareSearch) and kept up to date by put. */
  private keys: SearchIndex | null = null;
  private keysBuilt: Promise<SearchIndex> | null = null;
  private changes = 0;
  private closed = false;
  /** Ids whose search text is still in SEARCH_FILE, unread. */
  private unreadSearch = new Set<string>();
  /** The snapshot is format 1 (from before format 2, or from a key rotation): SEARCH_FILE is stale. */
  private legacySnapshot = false;
  /**
   * Cases removed since the snapshot: until the next compaction the journal and SEARCH_FILE
   * still hold their titles and search texts, and their files may not be erased yet.
   */
  private removedIds = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly vaultId: string,
    private readonly key: Uint8Array,
    private readonly generation: number,
  ) {}

  load(): void {
    const file = path.join(this.dir, INDEX_FILE);
    let journalFrom = 0;
    if (existsSync(file)) {
      const { plain, header } = openRecord(this.key, this.vaultId, 'index', 'index', readFileSync(file), textOf('part.caseIndex'));
      if (isBinarySnapshot(plain)) {
        const rows = new SnapshotRows(plain);
        this.lazy = { rows, changes: new Map(), size: rows.count };
        journalFrom = rows.journalSeq;
      } else {
        const value = JSON.parse(fromUtf8(plain)) as Snapshot | LegacySnapshot;
        if ('rows' in value) {
          for (const [id, version, title, state, createdAt, updatedAt] of value.rows) this.loaded.set(id, { id, version, title, state, createdAt, updatedAt, search: '' });
          this.unreadSearch = new Set(this.loaded.keys());
        } else {
          this.loaded = new Map(Object.entries(value.entries));
          this.legacySnapshot = true;
        }
        journalFrom = value.journalSeq;
      }
      this.snapshotVersion = header.version;
    }
    const { frames, validLength, torn } = readFrames(path.join(this.dir, JOURNAL_FILE));
    this.journalLength = validLength;
    this.torn = torn;
    frames.forEach((bytes, seq) => {
      if (seq < journalFrom) return;
      try {
        const { generation, seq: stored, sealed } = decodeSealedEntry(bytes, textOf('part.indexEntry', { n: seq + 1 }));
        // Each entry carries its number: one that does not follow on means entries were taken out.
        if (stored !== seq) {
          this.problems.push(textOf('finding.journalGap', { file: JOURNAL_FILE, n: seq + 1, stored: stored + 1 }));
          return;
        }
        const plain = open(this.key, sealed, associatedData(this.vaultId, 'journal', 'index', seq, generation), textOf('part.indexEntry', { n: seq + 1 }));
        const entry = JSON.parse(fromUtf8(plain)) as IndexEntry | { id: string; removed: true };
        this.unreadSearch.delete(entry.id);
        const removed = 'removed' in entry;
        if (removed) this.removedIds.add(entry.id);
        if (this.lazy) this.lazy.changes.set(entry.id, removed ? null : entry);
        else if (removed) this.loaded.delete(entry.id);
        else this.loaded.set(entry.id, entry);
      } catch (error) {
        this.problems.push(findingOf(error, textOf('record.cannotOpen', { what: textOf('part.indexEntry', { n: seq + 1 }) })));
      }
    });
    this.journalSeq = frames.length;
    if (this.lazy) {
      for (const [id, entry] of this.lazy.changes) this.lazy.size += (entry ? 1 : 0) - (this.lazy.rows.find(id) >= 0 ? 1 : 0);
    }
  }

  /** Every entry: a snapshot still read in place is decoded here, once. */
  private get entries(): Map<string, IndexEntry> {
    if (this.lazy) {
      const { rows, changes } = this.lazy;
      this.lazy = null;
      for (let position = 0; position < rows.count; position++) {
        const row = rows.row(position);
        if (changes.has(row.id)) continue;
        this.loaded.set(row.id, { ...row, search: '' });
        this.unreadSearch.add(row.id);
      }
      for (const [id, entry] of changes) if (entry) this.loaded.set(id, entry);
    }
    return this.loaded;
  }

  /**
   * Rows `offset` to `offset + limit` of the list in its default order (newestFirst), read in
   * place from the snapshot and merged with the journal's changes; null once the entries are
   * decoded, when the caller sorts those instead.
   */
  newestFirst(offset: number, limit: number): IndexRow[] | null {
    if (!this.lazy) return null;
    const page: IndexRow[] = [];
    let position = 0;
    for (const row of mergeNewestFirst(this.lazy.rows, this.lazy.changes)) {
      if (position++ < offset) continue;
      page.push(row);
      if (page.length === limit) break;
    }
    return page;
  }

  /**
   * Once the vault is ours: cuts away a torn last entry (a save that died mid-append never
   * returned, so nothing is lost), and folds a long journal into the snapshot so the next
   * unlock decrypts one record instead of thousands of entries.
   */
  repair(): void {
    if (this.torn) {
      truncateSync(path.join(this.dir, JOURNAL_FILE), this.journalLength);
      this.torn = false;
    }
    if (this.legacySnapshot) rmSync(path.join(this.dir, SEARCH_FILE), { force: true });
    this.foldLongJournal();
  }

  /**
   * Folds a journal of more than 500 entries into a new snapshot: after an import, so that
   * the next unlock reads one record instead of replaying (and then compacting) thousands.
   */
  foldLongJournal(): void {
    if (this.journalSeq > 500) this.compact();
  }

  /** How far the index has come: its snapshot's version and the journal's entries after it (vaultHead.ts). */
  position(): { snapshot: number; entries: number } {
    return { snapshot: this.snapshotVersion, entries: this.journalSeq };
  }

  /** Every entry; their search texts only after loadSearch. */
  list(): IndexEntry[] {
    return [...this.entries.values()];
  }

  /** Reads the snapshot's search texts into the entries, whole: before a compaction, which writes them again. */
  loadSearch(): void {
    // A snapshot read in place names the texts still unread when it is decoded.
    const entries = this.entries;
    if (!this.unreadSearch.size) return;
    const texts = this.searchTexts();
    try {
      for (let part = 0; part < (texts?.parts ?? 0); part++) {
        for (const [id, text] of texts!.part(part)) {
          const entry = this.unreadSearch.has(id) ? entries.get(id) : undefined;
          if (entry) entry.search = text;
        }
      }
    } catch (error) {
      // The list still works; search falls back to titles, and verify reports it.
      this.problems.push(findingOf(error, textOf('record.cannotOpen', { what: textOf('part.searchTexts') })));
    }
    this.unreadSearch.clear();
  }

  /** SEARCH_FILE's parts, still sealed, or null (named in problems) when it cannot be used. */
  private searchTexts(): SearchTextFile | null {
    const file = path.join(this.dir, SEARCH_FILE);
    let problem: ErrorText;
    try {
      if (!existsSync(file)) problem = textOf('finding.searchMissing', { file: SEARCH_FILE });
      else {
        const texts = readSearchTexts(this.key, this.vaultId, readFileSync(file));
        // Written just before its snapshot, so never older than it: an older one was put back.
        if (texts.version >= this.snapshotVersion) return texts;
        problem = textOf('finding.searchOlder', { file: SEARCH_FILE, found: texts.version, expected: this.snapshotVersion });
      }
    } catch (error) {
      problem = findingOf(error, textOf('record.cannotOpen', { what: textOf('part.searchTexts') }));
    }
    // Read again by a compaction after the first search: named once.
    if (!this.problems.some((p) => JSON.stringify(p) === JSON.stringify(problem))) this.problems.push(problem);
    return null;
  }


  /**
   * The ids of every case listed: from a snapshot still read in place, without decoding its
   * rows, so that the unlock's check of the cases folder costs no decoding per case.
   */
  ids(): Set<string> {
    if (!this.lazy) return new Set(this.loaded.keys());
    const { rows, changes } = this.lazy;
    const ids = new Set<string>();
    for (let position = 0; position < rows.count; position++) ids.add(rows.idAt(position));
    for (const [id, entry] of changes) {
      if (entry) ids.add(id);
      else ids.delete(id);
    }
    return ids;
  }

  /**
   * One case's entry; from a snapshot still read in place, its row alone (a binary search), so
   * that opening a case after unlock does not decode every row. Its search text stays unread.
   */
  get(id: string): IndexEntry | undefined {
    if (!this.lazy) return this.loaded.get(id);
    const { rows, changes } = this.lazy;
    if (changes.has(id)) return changes.get(id) ?? undefined;
    const position = rows.find(id);
    return position < 0 ? undefined : { ...rows.row(position), search: '' };
  }

  get size(): number {
    return this.lazy ? this.lazy.size : this.loaded.size;
  }

  /** Changes with every change of the entries: an order computed at another revision is stale. */
  get revision(): number {
    return this.changes;
  }

  /** The ids of the cases that match what a person typed (caseSearch.ts), once the keys are built. */
  async search(query: string): Promise<string[]> {
    const built = await this.prepareSearch();
    if (this.closed) throw new SafeholdError('vault.locked');
    return built.search(query);
  }

  /**
   * Builds the search keys (0.3 s of folding at 10,000 cases) in slices of a few milliseconds
   * between other requests, so neither the window nor the list waits behind it; started once
   * the first page of the list is out, and awaited by the first search.
   */
  prepareSearch(): Promise<SearchIndex> {
    this.keysBuilt ??= this.buildSearchKeys();
    return this.keysBuilt;
  }

  private async buildSearchKeys(): Promise<SearchIndex> {
    const keys = new SearchIndex();
    await nextTurn();
    if (this.closed) return keys;
    // From here on put() keeps the keys of what it writes; the slices skip what it did.
    this.keys = keys;
    if (this.lazy) return this.buildFromSnapshot(this.lazy, keys);
    this.loadSearch();
    const ids = [...this.entries.keys()];
    let next = 0;
    while (next < ids.length) {
      const until = performance.now() + SLICE_MS;
      for (; next < ids.length && performance.now() < until; next++) {
        const entry = this.entries.get(ids[next]!);
        if (entry && !keys.has(entry.id)) keys.set(entry.id, `${entry.title} ${entry.search}`);
      }
      await nextTurn();
      if (this.closed) return keys;
    }
    return keys;
  }

  /**
   * The keys of a snapshot still read in place: its search texts a part at a time, each case's
   * title read from its row, so that neither the texts nor the rows are decoded in one block.
   * A case the journal changed is keyed from its entry; one removed meanwhile is left out.
   */
  private async buildFromSnapshot(lazy: NonNullable<CaseIndex['lazy']>, keys: SearchIndex): Promise<SearchIndex> {
    const { rows, changes } = lazy;
    const listed = (id: string) => (this.lazy === lazy ? changes.get(id) !== null : this.loaded.has(id));
    const add = (id: string, text: string) => {
      if (!keys.has(id) && listed(id)) keys.set(id, text);
    };
    const texts = this.searchTexts();
    // The texts are written in the snapshot's order: the row of a text is found without a search.
    let position = 0;
    for (let part = 0; part < (texts?.parts ?? 0); part++) {
      try {
        for (const [id, text] of texts!.part(part)) {
          if (changes.has(id)) continue;
          const at = position < rows.count && rows.idAt(position) === id ? position : rows.find(id);
          if (at >= 0) add(id, `${rows.titleAt(at)} ${text}`);
          position = at + 1;
        }
      } catch (error) {
        // The cases of a part that does not open are found by their titles, below; verify names it.
        this.problems.push(findingOf(error, textOf('record.cannotOpen', { what: textOf('part.searchTextsPart', { n: part + 1, count: texts!.parts }) })));
      }
      await nextTurn();
      if (this.closed) return keys;
    }
    for (const [id, entry] of changes) if (entry) add(id, `${entry.title} ${entry.search}`);
    for (let next = 0; next < rows.count; ) {
      const until = performance.now() + SLICE_MS;
      for (; next < rows.count && performance.now() < until; next++) {
        const id = rows.idAt(next);
        if (!changes.has(id)) add(id, rows.titleAt(next));
      }
      await nextTurn();
      if (this.closed) return keys;
    }
    return keys;
  }

  /** On lock: background work stops before the key it would use is wiped. */
  close(): void {
    this.closed = true;
    this.keys = null;
  }

  put(entry: IndexEntry): void {
    this.append(entry);
    this.entries.set(entry.id, entry);
    this.changes++;
    this.keys?.set(entry.id, `${entry.title} ${entry.search}`);
    if (this.journalSeq > 2000 && this.journalSeq > this.entries.size) this.compact();
  }

  /**
   * Takes a case out of the index: from this journal entry on, the case is gone, whatever
   * happens next. The caller erases its file and compacts, so that no title or search text
   * of it stays behind (caseStore.finishDeletions).
   */
  remove(id: string): void {
    this.append({ id, removed: true });
    this.entries.delete(id);
    this.changes++;
    this.keys?.delete(id);
    this.unreadSearch.delete(id);
    this.removedIds.add(id);
  }

  /** The cases removed since the last snapshot: their traces remain until compact(). */
  get removed(): ReadonlySet<string> {
    return this.removedIds;
  }

  private append(value: unknown): void {
    const seq = this.journalSeq;
    const sealed = seal(this.key, utf8(JSON.stringify(value)), associatedData(this.vaultId, 'journal', 'index', seq, this.generation));
    const frame = encodeSealedEntry({ generation: this.generation, seq, sealed });
    this.journalLength = appendFrame(path.join(this.dir, JOURNAL_FILE), frame, this.journalLength);
    this.journalSeq++;
  }

  /** Writes every entry into a new snapshot and starts an empty journal. */
  compact(): void {
    this.loadSearch();
    this.snapshotVersion++;
    const entries = [...this.entries.values()].sort(newestFirst);
    // The search texts are written first, then the snapshot, which says the journal starts
    // afresh. A crash between the two leaves the old snapshot, whose journal replay brings
    // every entry up to what the new search texts already hold; a crash before the journal is
    // removed makes the next unlock replay entries already in the snapshot, which changes nothing.
    writeFileAtomic(this.dir, path.join(this.dir, SEARCH_FILE), encodeSearchTexts(this.key, this.vaultId, this.snapshotVersion, this.generation, entries.map((e) => [e.id, e.search])));
    writeFileAtomic(this.dir, path.join(this.dir, INDEX_FILE), encodeRecordBytes(this.key, this.vaultId, 'index', 'index', this.snapshotVersion, this.generation, encodeSnapshot(entries, 0)));
    rmSync(path.join(this.dir, JOURNAL_FILE), { force: true });
    this.journalSeq = 0;
    this.journalLength = 0;
    this.removedIds.clear();
  }
}

/** The snapshot's rows (already newest first) and the journal's changed entries, merged in that order. */
function* mergeNewestFirst(rows: SnapshotRows, changes: Map<string, IndexEntry | null>): Generator<IndexRow> {
  const changed = [...changes.values()].filter((entry): entry is IndexEntry => entry !== null).sort(newestFirst);
  let next = 0;
  for (let position = 0; position < rows.count; position++) {
    const row = rows.row(position);
    if (changes.has(row.id)) continue;
    while (next < changed.length && newestFirst(changed[next]!, row) < 0) yield changed[next++]!;
    yield row;
  }
  while (next < changed.length) yield changed[next++]!;
}
