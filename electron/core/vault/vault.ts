import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, truncateSync } from 'node:fs';
import path from 'node:path';
import type { CaseFile } from '../../../shared/caseFile/schema';
import type { CasePageRequest } from '../../../shared/ipc/vaultSchemas';
import { english, SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import type { Action } from '../../../shared/workflow/policy';
import { appKdf } from '../crypto/kdf';
import { kdfRange, type KdfRange } from '../crypto/kdfPolicy';
import { cryptoReady, fromBase64, newBoxKeyPair, newKey, randomBytes, toBase64, wipe, type KdfParams } from '../crypto/sodium';
import {
  appendAudit, ATTEMPTS_FILE, AUDIT_FILE, auditTail, failedAttemptCount, markUnlock, readFailedAttempts, recordFailedAttempt, unlockDelaySeconds,
  type AuditAction, type AuditEntry,
} from './audit';
import { CaseIndex, type IndexEntry } from './caseIndex';
import { CaseOrder, type CasePage } from './caseOrder';
import type { CaseRecord } from './caseRecord';
import * as store from './caseStore';
import { takeFolder } from './folderLock';
import { FORMAT_VERSION, MAGIC, readHeader, type Header, type Slot } from './header';
import { headerChanges, writeHeader } from './headerMac';
import { checkAtUnlock } from './integrityChecks';
import { writeHead } from './vaultHead';
import { backupFiles, readAuditLog, verifyVault, type DamageReport } from './integrity';
import { createSlot, openUserSlot, unlockSlot, type SlotKeys } from './keySlots';
import type { Progress } from './keyRotation';
import { checkPassphraseStrength } from './passphrase';
import { finishPendingWrites } from './pendingWrites';
import { isReviewLaptop, makeReviewLaptop, refuseOnReviewLaptop } from './reviewLaptop';
import { VaultSession } from './session';
import * as userAdmin from './userAdmin';
import { parseName, readUsers, writeUsers } from './userRecords';
import { newRecoveryCode } from './recoveryCode';
import type { Role, UserRecord, UsersFile } from './users';

export type { DamageReport } from './integrity';
export type { Progress } from './keyRotation';

export interface VaultStatus {
  locked: boolean;
  vaultId: string;
  user: { name: string; roles: Role[] } | null;
  cases: number | null;
  /** Damage found at this unlock (integrityChecks.ts): the user must see it; nothing was deleted. */
  warnings: ErrorText[];
}

export interface CreateOptions {
  adminName: string;
  passphrase: string;
  /** Argon2id settings for new slots; calibrated on this machine when not given. */
  kdf?: KdfParams;
}

const sameName = (a: string, b: string) => a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();

function wipeSlotKeys(keys: SlotKeys): void {
  wipe(keys.vaultKey);
  wipe(keys.boxPrivateKey);
  wipe(keys.signPrivateKey);
}

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/**
 * An encrypted case vault in one folder (docs/vault-format.md). Locked, it holds no key;
 * unlocked, it holds one VaultSession (the keys, the user, the decrypted index), and every
 * operation checks the user's role here, in the core. The work is done by the modules
 * beside it: caseStore, userAdmin and keyRotation, integrity, backup.
 */
export class Vault {
  private current: VaultSession | null = null;
  /** The case list's sorted orders, kept for the session they were computed in. */
  private order: { session: VaultSession; order: CaseOrder } | null = null;

  private constructor(
    readonly dir: string,
    private header: Header,
    private readonly kdf: KdfParams | undefined,
  ) {}

  /** Creates an empty vault with its first user as admin; the recovery code is shown once. */
  static async create(dir: string, options: CreateOptions): Promise<{ vault: Vault; recoveryCode: string }> {
    await cryptoReady();
    const name = parseName(options.adminName);
    checkPassphraseStrength(options.passphrase, [name]);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new SafeholdError('vault.folderNotEmpty', { folder: dir });
    }
    mkdirSync(path.join(dir, store.CASES_DIR), { recursive: true, mode: 0o700 });
    const kdf = options.kdf ?? (await appKdf());
    const vaultId = randomUUID();
    const vaultKey = newKey();
    const audit = newBoxKeyPair();
    const recoveryCode = newRecoveryCode();
    const admin = await createSlot({ vaultId, kind: 'user', secret: options.passphrase, kdf, vaultKey, generation: 1 });
    const recovery = await createSlot({ vaultId, kind: 'recovery', secret: recoveryCode, kdf, vaultKey, generation: 1 });
    const header: Header = {
      magic: MAGIC, formatVersion: FORMAT_VERSION, vaultId, createdAt: store.now(), keyGeneration: 1,
      auditPublicKey: toBase64(audit.publicKey), slots: [admin.slot, recovery.slot],
    };
    const users: UsersFile = {
      users: [{ id: randomUUID(), name, roles: ['admin'], slotId: admin.slot.id, signPublicKey: toBase64(admin.signPublicKey), createdAt: store.now() }],
      auditPrivateKey: toBase64(audit.privateKey),
      caseRefKey: toBase64(randomBytes(32)),
    };
    wipe(audit.privateKey);
    writeUsers(dir, vaultId, vaultKey, 1, users, true);
    const vault = new Vault(dir, writeHeader(dir, header, vaultKey), options.kdf);
    const audited = appendAudit(dir, vaultKey, vaultId, 1, { nextSeq: 0, prevHash: '', validLength: 0 }, { user: name, action: 'vault-create', target: vaultId });
    writeHead(dir, vaultKey, vaultId, 1, { audit: { count: audited.nextSeq, hash: audited.prevHash }, index: { snapshot: 0, entries: 0 }, attempts: 0 });
    wipe(vaultKey);
    await vault.unlock(name, options.passphrase);
    return { vault, recoveryCode };
  }

  /**
   * Opens a vault folder, locked. It only reads: an interrupted key rotation and temp files are
   * dealt with at unlock, under the vault lock (folderLock.ts).
   */
  static async open(dir: string, options: { kdf?: KdfParams } = {}): Promise<Vault> {
    await cryptoReady();
    return new Vault(dir, readHeader(dir), options.kdf);
  }

  get vaultId(): string {
    return this.header.vaultId;
  }

  status(): VaultStatus {
    const s = this.current;
    return {
      locked: !s,
      vaultId: this.header.vaultId,
      user: s ? { name: s.user.name, roles: s.user.roles } : null,
      cases: s ? s.index.size : null,
      warnings: s ? [...s.warnings] : [],
    };
  }

  /** Seconds the next unlock must wait after failed attempts (none for the first two). */
  unlockDelay(): number {
    return unlockDelaySeconds(failedAttemptCount(this.dir));
  }

  /**
   * Opens the slot the passphrase fits, then checks that it is `name`'s: with no name tags in
   * the header, a slot another user's passphrase opens is passed over, never signed into.
   */
  async unlock(name: string, passphrase: string): Promise<void> {
    if (this.current) this.lock();
    // Guessing is slowed in the core, where no screen or script can skip it.
    await sleep(this.unlockDelay() * 1000);
    const release = this.takeFolder();
    const tried = new Set<string>();
    try {
      for (;;) {
        const { slot, keys } = await openUserSlot(this.header, name, passphrase, this.range, tried);
        tried.add(slot.id);
        const users = this.readUsersOrWipe(keys);
        const user = users.users.find((u) => u.slotId === slot.id);
        if (user && sameName(user.name, name)) {
          this.startSession(keys, slot, users, user, release);
          return;
        }
        wipeSlotKeys(keys);
      }
    } catch (error) {
      if (this.current) throw error;
      if (error instanceof SafeholdError && error.code === 'unauthorized') recordFailedAttempt(this.dir, this.header.auditPublicKey, name);
      release();
      throw error;
    }
  }

  /**
   * The vault lock, taken before a slot is opened: the header may have changed since open (a
   * key rotation by another process), so it is read again under the lock, after what a crash
   * left has been finished or undone.
   */
  private takeFolder(): () => void {
    const { header, release } = takeFolder(this.dir);
    this.header = header;
    return release;
  }

  /** Tries every user slot in turn: for the command line, which may not be told the user. */
  async unlockAny(passphrase: string): Promise<void> {
    await sleep(this.unlockDelay() * 1000);
    const release = this.takeFolder();
    for (const slot of this.header.slots.filter((s) => s.kind === 'user')) {
      let keys: SlotKeys;
      let users: UsersFile;
      try {
        keys = await unlockSlot(this.header.vaultId, slot, passphrase, this.range);
      } catch (error) {
        if (error instanceof SafeholdError && (error.code === 'unauthorized' || error.code === 'damaged')) continue;
        release();
        throw error;
      }
      try {
        users = this.readUsersOrWipe(keys);
      } catch (error) {
        release();
        throw error;
      }
      const user = users.users.find((u) => u.slotId === slot.id);
      if (!user) {
        wipeSlotKeys(keys);
        release();
        throw new SafeholdError('vault.slotWithoutUser');
      }
      this.startSession(keys, slot, users, user, release);
      return;
    }
    recordFailedAttempt(this.dir, this.header.auditPublicKey, '(any user)');
    release();
    throw new SafeholdError('vault.noSuchPassphrase');
  }

  private get range(): KdfRange {
    return kdfRange(this.kdf);
  }

  private readUsersOrWipe(keys: SlotKeys): UsersFile {
    try {
      return readUsers(this.dir, this.header.vaultId, keys.vaultKey);
    } catch (error) {
      wipeSlotKeys(keys);
      throw error;
    }
  }

  /** Right after the vault key is known: a format-2 header must carry its authentication codes (headerMac.ts). */
  private checkHeader(vaultKey: Uint8Array): void {
    const problems = this.header.formatVersion === 1 ? [] : headerChanges(this.header, vaultKey);
    if (problems.length) {
      throw new SafeholdError('vault.headerChanged', { problems });
    }
  }

  /** A format-1 header is upgraded (name tags and signing keys dropped, sealed); a users record without a case reference key gets one. */
  private upgrade(session: VaultSession): void {
    if (!session.users.caseRefKey) {
      const users = { ...session.users, caseRefKey: toBase64(randomBytes(32)) };
      session.users = writeUsers(this.dir, this.header.vaultId, session.vaultKey, session.generation, users);
    }
    if (this.header.formatVersion === 1) {
      this.header = writeHeader(this.dir, this.header, session.vaultKey);
      session.log('vault-upgrade', `format ${FORMAT_VERSION}`);
    }
  }

  /** Starts the session on keys from a slot; `releaseLock` is the vault lock, released if this fails. */
  private startSession(keys: SlotKeys, slot: Slot, users: UsersFile, user: UserRecord, releaseLock: () => void): void {
    const { header, dir } = this;
    let session: VaultSession | null = null;
    try {
      this.checkHeader(keys.vaultKey);
      const index = new CaseIndex(dir, header.vaultId, keys.vaultKey, header.keyGeneration);
      index.load();
      // Before repair, which may compact: compaction forgets which cases were removed.
      const interrupted = store.finishDeletions(dir, index);
      index.repair();
      const { tornTail, ...audit } = auditTail(dir, keys.vaultKey, header.vaultId);
      // An entry cut short by a crash was never written; appending goes on after the last whole one.
      if (tornTail) truncateSync(path.join(dir, AUDIT_FILE), audit.validLength);
      const found = checkAtUnlock(dir, header.vaultId, keys.vaultKey, index, users);
      session = new VaultSession({
        dir, vaultId: header.vaultId, generation: header.keyGeneration, user, users, index, audit, releaseLock,
        publicKeys: { box: slot.boxPublicKey, sign: toBase64(keys.signPublicKey) },
        keys: { vaultKey: keys.vaultKey, signPrivateKey: keys.signPrivateKey, auditPrivateKey: fromBase64(users.auditPrivateKey), boxPrivateKey: keys.boxPrivateKey },
      });
      this.current = session;
      // Failed attempts since the last unlock go into the chained log; a marker restarts the delay.
      const attempts = readFailedAttempts(dir, found.attemptsFrom, {
        auditPublicKey: header.auditPublicKey, auditPrivateKey: session.auditPrivateKey, vaultKey: keys.vaultKey, vaultId: header.vaultId, generation: header.keyGeneration,
      });
      if (attempts.forgedMarkers) found.warnings.push(textOf('finding.forgedMarkers', { file: ATTEMPTS_FILE, count: attempts.forgedMarkers }));
      session.attemptsSeen = markUnlock(dir, keys.vaultKey, header.vaultId, header.keyGeneration);
      for (const attempt of attempts.failures) session.log('unlock-failed', `as ${attempt.name} at ${attempt.time}`);
      for (const id of interrupted) session.log('case-delete', `${id}: erasing finished at unlock, after an interruption`);
      session.warnings = found.warnings;
      for (const warning of found.warnings) session.log('integrity-warning', english(warning), warning);
      this.upgrade(session);
      // A vault from before anchors gets its users record anchored now, which also says that a head must exist from here on.
      if (!session.users.audit) session.users = writeUsers(dir, header.vaultId, keys.vaultKey, header.keyGeneration, session.users);
      session.log('unlock', user.name);
      finishPendingWrites(session);
    } catch (error) {
      this.current = null;
      if (session) session.dispose();
      else {
        releaseLock();
        wipeSlotKeys(keys);
      }
      throw error;
    }
  }

  /** Forgets every key: a locked vault refuses every operation. */
  lock(): void {
    const s = this.current;
    if (!s) return;
    this.current = null;
    this.order = null;
    try {
      s.log('lock', s.user.name);
    } finally {
      s.dispose();
    }
  }

  /** The unlocked session, for the workflow steps; refused when locked, or when the policy does not give the user `action`. */
  session(action?: Action): VaultSession {
    const s = this.current;
    if (!s) throw new SafeholdError('vault.locked');
    return action ? s.authorize(action) : s;
  }

  /** Argon2id settings for a new slot: the app's own, never the header's (a header is not trusted before unlock). */
  private async kdfFor(): Promise<KdfParams> {
    return this.kdf ?? (await appKdf());
  }

  // ── cases (caseStore.ts) ───────────────────────────────────────────────────────────

  list(): IndexEntry[] {
    return store.listCases(this.session());
  }

  /** The ids of the cases whose names, title, places or employers match `query`, in any spelling. */
  searchCases(query: string): Promise<string[]> {
    return this.session().index.search(query);
  }

  /** One range of the case list, sorted, filtered and searched (caseOrder.ts). */
  async casePage(request: CasePageRequest): Promise<CasePage> {
    const s = this.session();
    if (this.order?.session !== s) this.order = { session: s, order: new CaseOrder(s.index) };
    const page = await this.order.order.page(request);
    // The first screenful is out: the search keys are built next, between requests.
    void s.index.prepareSearch();
    return page;
  }

  /** Opens one case; a damaged, swapped, deleted or rolled-back file is reported by name. */
  get(id: string): CaseRecord {
    const s = this.session();
    const record = store.currentCase(s, id);
    s.log('case-view', id);
    return record;
  }

  createCase(data: unknown, formDraft?: string): CaseRecord {
    const s = this.session('case.create');
    refuseOnReviewLaptop(s, textOf('reviewLaptop.create'));
    return store.createCase(s, data, formDraft);
  }

  saveCase(id: string, expectedVersion: number, data: unknown, formDraft?: string): CaseRecord {
    return store.saveCase(this.session('case.edit'), id, expectedVersion, data, formDraft);
  }

  importCases(files: { name: string; content: string }[]): string[] {
    const s = this.session('case.import');
    refuseOnReviewLaptop(s, textOf('reviewLaptop.import'));
    return store.importCases(s, files);
  }

  /** Erases a case from the vault: admin only, audited by id. */
  deleteCase(id: string, expectedVersion: number): void {
    store.deleteCase(this.session('case.delete'), id, expectedVersion);
  }

  /** A decrypted case-file/1 document: admin only, and the audit log says so. */
  exportCaseFile(id: string): CaseFile {
    const s = this.session('case.exportFile');
    refuseOnReviewLaptop(s, textOf('reviewLaptop.exportPlain'));
    return store.exportCaseFile(s, id);
  }

  // ── reviewer's laptop (reviewLaptop.ts) ───────────────────────────────────────────

  get reviewLaptop(): boolean {
    return isReviewLaptop(this.session());
  }

  /** Makes this vault a reviewer's laptop, for good: admin only. */
  makeReviewLaptop(): void {
    makeReviewLaptop(this.session('users.manage'));
  }

  // ── users (userAdmin.ts, keyRotation.ts) ──────────────────────────────────────────

  users(): { name: string; roles: Role[]; createdAt: string }[] {
    return this.session().users.users.map(({ name, roles, createdAt }) => ({ name, roles, createdAt }));
  }

  /** Public keys of the vault's reviewers, to check an export against. */
  reviewerKeys(): string[] {
    return this.session().users.users.filter((u) => u.roles.includes('reviewer')).map((u) => u.signPublicKey);
  }

  /** The reviewers by name with their public signing keys, for the publishing side to pin. */
  reviewers(): { name: string; publicKey: string }[] {
    return this.session().users.users.filter((u) => u.roles.includes('reviewer')).map((u) => ({ name: u.name, publicKey: u.signPublicKey }));
  }

  /** A user's public keys and roles, for their contact card; other vaults seal bundles to the box key. */
  publicKeysOf(nameInput: string): { name: string; roles: Role[]; box: string; sign: string } {
    const s = this.session();
    const user = s.users.users.find((u) => u.name.toLowerCase() === nameInput.trim().toLowerCase());
    if (!user) throw new SafeholdError('users.notFound', { name: nameInput });
    const slot = this.header.slots.find((x) => x.id === user.slotId);
    if (!slot) throw new SafeholdError('users.slotMissing', { name: user.name });
    return { name: user.name, roles: user.roles, box: slot.boxPublicKey, sign: user.signPublicKey };
  }

  async addUser(name: string, passphrase: string, roles: Role[]): Promise<void> {
    this.header = await userAdmin.addUser(this.session('users.manage'), this.header, await this.kdfFor(), name, passphrase, roles);
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    this.header = await userAdmin.changePassphrase(this.session(), this.header, await this.kdfFor(), this.range, oldPassphrase, newPassphrase);
  }

  static async resetWithRecoveryCode(dir: string, code: string, name: string, newPassphrase: string, kdf?: KdfParams): Promise<void> {
    const vault = await Vault.open(dir, kdf ? { kdf } : {});
    vault.header = await userAdmin.resetWithRecoveryCode(dir, await vault.kdfFor(), vault.range, code, name, newPassphrase);
  }

  removeUser(name: string, progress?: Progress): void {
    this.header = userAdmin.removeUser(this.session('users.manage'), this.header, name, progress);
  }

  // ── audit and integrity (integrity.ts) ────────────────────────────────────────────

  audit(): { entries: AuditEntry[]; problem: ErrorText | null } {
    return readAuditLog(this.session('audit.read'));
  }

  verify(): DamageReport {
    return verifyVault(this.session());
  }

  /** For backup.ts: the files to copy, and the key to seal them with. */
  backupMaterial(): { header: Header; key: Uint8Array; files: string[] } {
    const s = this.session('vault.backup');
    return { header: this.header, key: s.vaultKey, files: backupFiles(s) };
  }

  recordAudit(action: AuditAction, target: string): void {
    this.session().log(action, target);
  }
}
