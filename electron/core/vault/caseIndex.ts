import { existsSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import path from 'node:path';
import { fromUtf8, open, seal, utf8 } from '../crypto/sodium';
import { associatedData } from './associatedData';
import { appendFrame, readFrames, writeFileAtomic } from './files';
import { decodeSealedEntry, encodeSealedEntry } from './framing';
import { decodeRecord, encodeRecord } from './records';

export const INDEX_FILE = 'index.rec';
export const JOURNAL_FILE = 'index.journal';

/** What the case list needs, kept apart so the list never decrypts a case. */
export interface IndexEntry {
  id: string;
  version: number;
  title: string;
  state: string;
  createdAt: string;
  updatedAt: string;
  /** Lower-cased names, title and places, for instant search; encrypted like everything else. */
  search: string;
}

interface Snapshot {
  entries: Record<string, IndexEntry>;
  /** The journal's entries up to here are already in the snapshot. */
  journalSeq: number;
}

/**
 * The encrypted case index: a snapshot plus an append-only journal, so that saving one case
 * appends one small entry whatever the number of cases, and the snapshot is rewritten only
 * now and then (compaction).
 */
export class CaseIndex {
  private entries = new Map<string, IndexEntry>();
  private journalSeq = 0;
  private journalLength = 0;
  private snapshotVersion = 0;
  /** Journal entries that failed to open: reported by verify. */
  readonly problems: string[] = [];
  /** The journal ends in a frame cut short by a crash: repaired once the vault is ours. */
  private torn = false;

  constructor(
    private readonly dir: string,
    private readonly vaultId: string,
    private key: Uint8Array,
    private generation: number,
  ) {}

  load(): void {
    const file = path.join(this.dir, INDEX_FILE);
    let journalFrom = 0;
    if (existsSync(file)) {
      const { value, header } = decodeRecord<Snapshot>(this.key, this.vaultId, 'index', 'index', readFileSync(file), 'the case index');
      this.entries = new Map(Object.entries(value.entries));
      this.snapshotVersion = header.version;
      journalFrom = value.journalSeq;
    }
    const { frames, validLength, torn } = readFrames(path.join(this.dir, JOURNAL_FILE));
    this.journalLength = validLength;
    this.torn = torn;
    frames.forEach((bytes, seq) => {
      if (seq < journalFrom) return;
      try {
        const { generation, sealed } = decodeSealedEntry(bytes, `case index entry ${seq + 1}`);
        const plain = open(this.key, sealed, associatedData(this.vaultId, 'journal', 'index', seq, generation), `case index entry ${seq + 1}`);
        const entry = JSON.parse(fromUtf8(plain)) as IndexEntry | { id: string; removed: true };
        if ('removed' in entry) this.entries.delete(entry.id);
        else this.entries.set(entry.id, entry);
      } catch (error) {
        this.problems.push((error as Error).message);
      }
    });
    this.journalSeq = frames.length;
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
    if (this.journalSeq > 500) this.compact();
  }

  list(): IndexEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  get size(): number {
    return this.entries.size;
  }

  put(entry: IndexEntry): void {
    this.append(entry);
    this.entries.set(entry.id, entry);
    if (this.journalSeq > 2000 && this.journalSeq > this.entries.size) this.compact();
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
    this.snapshotVersion++;
    const snapshot: Snapshot = { entries: Object.fromEntries(this.entries), journalSeq: 0 };
    // The snapshot is written first and says the journal starts afresh; a crash before the
    // journal is removed leaves an old journal that the snapshot's journalSeq of 0 would
    // replay, which only re-applies entries already in the snapshot.
    writeFileAtomic(this.dir, path.join(this.dir, INDEX_FILE), encodeRecord(this.key, this.vaultId, 'index', 'index', this.snapshotVersion, this.generation, snapshot));
    rmSync(path.join(this.dir, JOURNAL_FILE), { force: true });
    this.journalSeq = 0;
    this.journalLength = 0;
  }

  /** After a key rotation: everything is written again under the new key. */
  rekey(key: Uint8Array, generation: number): void {
    this.key = key;
    this.generation = generation;
    this.compact();
  }
}
