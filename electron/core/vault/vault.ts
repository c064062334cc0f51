import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CaseFile } from '../../../shared/caseFile/schema';
import { SafeholdError } from '../../../shared/errors';
import { describeIssues } from '../../../shared/ipc/describeIssues';
import { calibrateKdf } from '../crypto/kdf';
import { ApprovalStatement, canonicalJson, publicationPayload } from '../../../shared/publication/payload';
import { cryptoReady, fromBase64, hash, newBoxKeyPair, newKey, randomBytes, toBase64, utf8, wipe, type KdfParams } from '../crypto/sodium';
import { caseRef, keyFingerprint, payloadHash, signStatement, verifyStatement } from '../workflow/approval';
import { writeExport } from '../workflow/exportFolder';
import {
  appendAudit, ATTEMPTS_FILE, AUDIT_FILE, auditTail, encodeAuditEntry, failedAttemptCount, readAudit, readFailedAttempts, recordFailedAttempt,
  unlockDelaySeconds, type AuditAction, type AuditEntry, type AuditState,
} from './audit';
import { CaseIndex, INDEX_FILE, JOURNAL_FILE, type IndexEntry } from './caseIndex';
import { CaseRecord, searchText } from './caseRecord';
import { acquireLock, cleanTemp, writeFileAtomic } from './files';
import { FORMAT_VERSION, MAGIC, readHeader, writeHeader, type Header, type Slot } from './header';
import { createSlot, resealSlot, rewrapSlot, unlockSlot, userTag, type SlotKeys } from './keySlots';
import { checkPassphraseStrength } from './passphrase';
import { decodeRecord, encodeRecord, readRecordHeader } from './records';
import { newRecoveryCode, parseRecoveryCode } from './recoveryCode';
import { UserName, UsersFile, type Role, type UserRecord } from './users';

export const CASES_DIR = 'cases';
const USERS_FILE = 'users.rec';
const ROTATION_DIR = 'rotation';

export type Progress = (done: number, total: number) => void;

interface Session {
  user: UserRecord;
  vaultKey: Uint8Array;
  signPrivateKey: Uint8Array;
  auditPrivateKey: Uint8Array;
  users: UsersFile;
  index: CaseIndex;
  audit: AuditState;
  releaseLock: () => void;
}

export interface VaultStatus {
  locked: boolean;
  vaultId: string;
  user: { name: string; roles: Role[] } | null;
  cases: number | null;
}

export interface DamageReport {
  ok: boolean;
  checked: number;
  problems: { record: string; message: string }[];
}

export interface CreateOptions {
  adminName: string;
  passphrase: string;
  /** Argon2id settings; calibrated on this machine when not given. */
  kdf?: KdfParams;
}

const caseFileName = (id: string) => `${id}.rec`;
const now = () => new Date().toISOString();

/**
 * An encrypted case vault in one folder (docs/vault-format.md). Locked, it holds no key;
 * unlocked, it holds the vault key, the user's signing key and the decrypted index, and
 * every operation checks the user's role here, in the core.
 */
export class Vault {
  private session: Session | null = null;

  private constructor(
    readonly dir: string,
    private header: Header,
    private readonly kdf: KdfParams | undefined,
  ) {}

  /** Creates an empty vault with its first user as admin; the recovery code is shown once. */
  static async create(dir: string, options: CreateOptions): Promise<{ vault: Vault; recoveryCode: string }> {
    await cryptoReady();
    const name = parseName(options.adminName);
    checkPassphraseStrength(options.passphrase);
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      throw new SafeholdError('conflict', `${dir} is not empty: choose a new or empty folder for the vault.`);
    }
    mkdirSync(path.join(dir, CASES_DIR), { recursive: true, mode: 0o700 });
    const kdf = options.kdf ?? (await calibrateKdf());
    const vaultId = randomUUID();
    const vaultKey = newKey();
    const audit = newBoxKeyPair();
    const recoveryCode = newRecoveryCode();
    const admin = await createSlot({ vaultId, kind: 'user', tag: userTag(vaultId, name), secret: options.passphrase, kdf, vaultKey, generation: 1 });
    const recovery = await createSlot({ vaultId, kind: 'recovery', secret: recoveryCode, kdf, vaultKey, generation: 1 });
    const header: Header = {
      magic: MAGIC, formatVersion: FORMAT_VERSION, vaultId, createdAt: now(), keyGeneration: 1,
      auditPublicKey: toBase64(audit.publicKey), slots: [admin.slot, recovery.slot],
    };
    const users: UsersFile = {
      users: [{ id: randomUUID(), name, roles: ['admin'], slotId: admin.slot.id, signPublicKey: toBase64(admin.signPublicKey), createdAt: now() }],
      auditPrivateKey: toBase64(audit.privateKey),
    };
    wipe(audit.privateKey);
    writeFileAtomic(dir, path.join(dir, USERS_FILE), encodeRecord(vaultKey, vaultId, 'users', 'users', 1, 1, users));
    writeHeader(dir, header);
    const vault = new Vault(dir, header, options.kdf);
    appendAudit(dir, vaultKey, vaultId, 1, { nextSeq: 0, prevHash: '', validLength: 0 }, { user: name, action: 'vault-create', target: vaultId });
    wipe(vaultKey);
    await vault.unlock(name, options.passphrase);
    return { vault, recoveryCode };
  }

  /** Opens a vault folder, locked; finishes or undoes an interrupted key rotation and cleans temp files. */
  static async open(dir: string, options: { kdf?: KdfParams } = {}): Promise<Vault> {
    await cryptoReady();
    const header = readHeader(dir);
    cleanTemp(dir);
    finishRotation(dir, header);
    return new Vault(dir, header, options.kdf);
  }

  get vaultId(): string {
    return this.header.vaultId;
  }

  status(): VaultStatus {
    const s = this.session;
    return {
      locked: !s,
      vaultId: this.header.vaultId,
      user: s ? { name: s.user.name, roles: s.user.roles } : null,
      cases: s ? s.index.size : null,
    };
  }

  /** Seconds the next unlock must wait after failed attempts (none for the first two). */
  unlockDelay(): number {
    return unlockDelaySeconds(failedAttemptCount(this.dir));
  }

  async unlock(name: string, passphrase: string): Promise<void> {
    if (this.session) this.lock();
    // Guessing is slowed in the core, where no screen or script can skip it.
    await sleep(this.unlockDelay() * 1000);
    const tag = userTag(this.header.vaultId, name);
    const slot = this.header.slots.find((s) => s.kind === 'user' && s.tag === tag);
    let keys: SlotKeys;
    try {
      if (!slot) throw new SafeholdError('unauthorized', 'The name or the passphrase is not right.');
      keys = await unlockSlot(this.header.vaultId, slot, passphrase);
    } catch (error) {
      if (error instanceof SafeholdError && error.code === 'unauthorized') recordFailedAttempt(this.dir, this.header.auditPublicKey, name);
      throw error;
    }
    this.startSession(keys, (users) => users.users.find((u) => u.slotId === slot!.id));
  }

  /** Tries every user slot in turn: for the command line, which may not be told the user. */
  async unlockAny(passphrase: string): Promise<void> {
    await sleep(this.unlockDelay() * 1000);
    for (const slot of this.header.slots.filter((s) => s.kind === 'user')) {
      try {
        const keys = await unlockSlot(this.header.vaultId, slot, passphrase);
        this.startSession(keys, (users) => users.users.find((u) => u.slotId === slot.id));
        return;
      } catch (error) {
        if (!(error instanceof SafeholdError && error.code === 'unauthorized')) throw error;
      }
    }
    recordFailedAttempt(this.dir, this.header.auditPublicKey, '(any user)');
    throw new SafeholdError('unauthorized', 'No user of this vault has that passphrase.');
  }

  private startSession(keys: SlotKeys, findUser: (users: UsersFile) => UserRecord | undefined): void {
    const { header } = this;
    let releaseLock: (() => void) | null = null;
    try {
      const users = this.readUsers(keys.vaultKey);
      const user = findUser(users);
      if (!user) throw new SafeholdError('unauthorized', 'This key slot belongs to no user any more.');
      releaseLock = acquireLock(this.dir);
      const index = new CaseIndex(this.dir, header.vaultId, keys.vaultKey, header.keyGeneration);
      index.load();
      index.repair();
      const { tornTail, ...audit } = auditTail(this.dir, keys.vaultKey, header.vaultId);
      // An entry cut short by a crash was never written; appending goes on after the last whole one.
      if (tornTail) truncateSync(path.join(this.dir, AUDIT_FILE), audit.validLength);
      const auditPrivateKey = fromBase64(users.auditPrivateKey);
      this.session = { user, vaultKey: keys.vaultKey, signPrivateKey: keys.signPrivateKey, auditPrivateKey, users, index, audit, releaseLock };
      wipe(keys.boxPrivateKey);
      // Failed attempts since the last unlock go into the chained log, then the counter resets.
      const failures = readFailedAttempts(this.dir, header.auditPublicKey, auditPrivateKey);
      for (const attempt of failures) this.log('unlock-failed', `as ${attempt.name} at ${attempt.time}`);
      rmSync(path.join(this.dir, ATTEMPTS_FILE), { force: true });
      this.log('unlock', user.name);
    } catch (error) {
      releaseLock?.();
      this.session = null;
      wipe(keys.vaultKey);
      wipe(keys.signPrivateKey);
      wipe(keys.boxPrivateKey);
      throw error;
    }
  }

  /** Forgets every key: a locked vault refuses every operation. */
  lock(): void {
    const s = this.session;
    if (!s) return;
    try {
      this.log('lock', s.user.name);
    } finally {
      wipe(s.vaultKey);
      wipe(s.signPrivateKey);
      wipe(s.auditPrivateKey);
      s.releaseLock();
      this.session = null;
    }
  }

  private requireSession(...roles: Role[]): Session {
    const s = this.session;
    if (!s) throw new SafeholdError('locked', 'The vault is locked. Unlock it first.');
    if (roles.length && !roles.some((r) => s.user.roles.includes(r))) {
      throw new SafeholdError('forbidden', `This needs the ${roles.join(' or ')} role; ${s.user.name} does not have it.`);
    }
    return s;
  }

  private log(action: AuditAction, target: string): void {
    const s = this.requireSession();
    s.audit = appendAudit(this.dir, s.vaultKey, this.header.vaultId, this.header.keyGeneration, s.audit, { user: s.user.name, action, target });
  }

  private readUsers(vaultKey: Uint8Array): UsersFile {
    const bytes = readFileSync(path.join(this.dir, USERS_FILE));
    const { value } = decodeRecord<unknown>(vaultKey, this.header.vaultId, 'users', 'users', bytes, 'the users record');
    const parsed = UsersFile.safeParse(value);
    if (!parsed.success) throw new SafeholdError('damaged', `the users record is damaged: ${describeIssues(parsed.error)}`);
    return parsed.data;
  }

  private writeUsers(s: Session, users: UsersFile): void {
    const version = readRecordHeader(readFileSync(path.join(this.dir, USERS_FILE)), 'the users record').version + 1;
    writeFileAtomic(this.dir, path.join(this.dir, USERS_FILE), encodeRecord(s.vaultKey, this.header.vaultId, 'users', 'users', version, this.header.keyGeneration, users));
    s.users = users;
  }

  // ── cases ──────────────────────────────────────────────────────────────────────────

  list(): IndexEntry[] {
    return this.requireSession().index.list().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Opens one case; a damaged, swapped, deleted or rolled-back file is reported by name. */
  get(id: string): CaseRecord {
    const s = this.requireSession();
    const entry = s.index.get(id);
    if (!entry) throw new SafeholdError('not-found', `There is no case ${id} in this vault.`);
    const record = this.readCase(s, id, entry.version);
    this.log('case-view', id);
    return record;
  }

  /**
   * Reads a case file. Authentication (AEAD) already proves the bytes are ours; the schema
   * check on top is skipped only by verify, which reads every case and must stay fast.
   */
  private readCase(s: Session, id: string, expectedVersion: number, validate = true): CaseRecord {
    const file = path.join(this.dir, CASES_DIR, caseFileName(id));
    if (!existsSync(file)) throw new SafeholdError('damaged', `case ${id}: its file is missing (deleted or moved)`);
    const bytes = readFileSync(file);
    const { value, header } = decodeRecord<unknown>(s.vaultKey, this.header.vaultId, 'case', id, bytes, `case ${id}`);
    if (header.version < expectedVersion) {
      throw new SafeholdError('damaged', `case ${id}: the file is version ${header.version} but the index expects ${expectedVersion} (an older copy was put back)`);
    }
    const parsed = validate ? CaseRecord.safeParse(value) : { success: true as const, data: value as CaseRecord };
    if (!parsed.success || parsed.data.id !== id || parsed.data.version !== header.version) {
      throw new SafeholdError('damaged', `case ${id}: the record inside does not match its file`);
    }
    // A save that wrote the case but died before its index entry: the file is authentic and newer.
    if (header.version > expectedVersion) s.index.put(indexEntry(validate ? parsed.data : CaseRecord.parse(value)));
    return parsed.data;
  }

  /** Creates a case from a case-file/1 record. */
  createCase(data: unknown): CaseRecord {
    const s = this.requireSession('intake', 'admin');
    const parsed = parseCaseData(data, 'case');
    const time = now();
    const record: CaseRecord = {
      id: toBase64(randomBytes(12)), version: 1, state: 'draft', createdAt: time, updatedAt: time,
      createdBy: s.user.name, updatedBy: s.user.name, data: { ...parsed, id: undefined },
    };
    this.writeCase(s, record);
    this.log('case-create', record.id);
    return record;
  }

  /** Saves a new version of a case; `expectedVersion` guards against overwriting a newer save. */
  saveCase(id: string, expectedVersion: number, data: unknown): CaseRecord {
    const s = this.requireSession('intake', 'admin');
    const entry = s.index.get(id);
    if (!entry) throw new SafeholdError('not-found', `There is no case ${id} in this vault.`);
    if (entry.version !== expectedVersion) {
      throw new SafeholdError('conflict', `case ${id} was saved elsewhere since it was opened (version ${entry.version}, not ${expectedVersion}); reopen it to see the latest.`);
    }
    const current = this.readCase(s, id, entry.version);
    const record: CaseRecord = { ...voidApproval(current), version: current.version + 1, updatedAt: now(), updatedBy: s.user.name, data: parseCaseData(data, 'case') };
    this.writeCase(s, record);
    this.log('case-edit', id);
    if (current.approval) this.log('approval', `${id}: voided by an edit of the record`);
    return record;
  }

  // ── workflow: redaction, review, approval, export ────────────────────────────────

  private current(s: Session, id: string): CaseRecord {
    const entry = s.index.get(id);
    if (!entry) throw new SafeholdError('not-found', `There is no case ${id} in this vault.`);
    return this.readCase(s, id, entry.version);
  }

  private transition(s: Session, record: CaseRecord, action: string): CaseRecord {
    const next = { ...record, version: record.version + 1, updatedAt: now(), updatedBy: s.user.name };
    this.writeCase(s, next);
    this.log('case-edit', `${record.id}: ${action} (${record.state} → ${next.state})`);
    return next;
  }

  /** Saves the redacted story; an edit after approval voids the approval. */
  saveRedaction(id: string, expectedVersion: number, redaction: { title: string; text: string; decisions: NonNullable<CaseRecord['redaction']>['decisions'] }): CaseRecord {
    const s = this.requireSession('intake', 'admin');
    const current = this.current(s, id);
    if (current.version !== expectedVersion) throw new SafeholdError('conflict', `case ${id} changed since it was opened; reopen it.`);
    if (current.state === 'in-review') throw new SafeholdError('conflict', 'This case is with a reviewer. Ask them to request changes before editing it.');
    const record: CaseRecord = {
      ...voidApproval(current),
      state: 'redaction',
      redaction: { version: (current.redaction?.version ?? 0) + 1, title: redaction.title, text: redaction.text, decisions: redaction.decisions, lastEditor: s.user.name, updatedAt: now() },
    };
    if (current.approval) this.log('approval', `${id}: voided by an edit of the redaction`);
    return this.transition(s, record, 'redaction saved');
  }

  /** Hands the redaction to a reviewer; refused while the leak check finds a direct identifier. */
  submitForReview(id: string, directHits: string[]): CaseRecord {
    const s = this.requireSession('intake', 'admin');
    const current = this.current(s, id);
    if (!current.redaction) throw new SafeholdError('conflict', 'Redact the story before sending it for review.');
    if (current.state !== 'redaction' && current.state !== 'changes-requested') throw new SafeholdError('conflict', `A case in state "${current.state}" cannot be sent for review.`);
    if (directHits.length) throw new SafeholdError('conflict', `The redacted story still contains: ${directHits.join(', ')}. Remove them first.`);
    return this.transition(s, { ...current, state: 'in-review' }, 'sent for review');
  }

  requestChanges(id: string, comment: string): CaseRecord {
    const s = this.requireSession('reviewer');
    const current = this.current(s, id);
    if (current.state !== 'in-review') throw new SafeholdError('conflict', 'Only a case in review can be sent back.');
    return this.transition(s, { ...current, state: 'changes-requested', reviewComment: comment }, 'changes requested');
  }

  /**
   * The reviewer's approval, enforced here: four eyes (not the last editor of the redaction),
   * no direct identifier left, every remaining quasi-identifier accepted with a reason, and an
   * Ed25519 signature over the exact publication payload.
   */
  approve(id: string, check: { direct: string[]; quasi: { category: string; text: string }[] }, acceptedRisks: { category: string; text: string; reason: string }[]): CaseRecord {
    const s = this.requireSession('reviewer');
    const current = this.current(s, id);
    if (current.state !== 'in-review' || !current.redaction) throw new SafeholdError('conflict', 'Only a case in review can be approved.');
    if (current.redaction.lastEditor === s.user.name) {
      throw new SafeholdError('forbidden', 'You edited this redaction last: another reviewer must approve it (four eyes).');
    }
    if (check.direct.length) throw new SafeholdError('conflict', `The story still contains direct identifiers: ${check.direct.join(', ')}.`);
    const unaccepted = check.quasi.filter((q) => !acceptedRisks.some((a) => a.category === q.category && a.text.toLowerCase() === q.text.toLowerCase() && a.reason.trim()));
    if (unaccepted.length) throw new SafeholdError('conflict', `Accept each remaining quasi-identifier with a reason first: ${unaccepted.map((q) => q.text).join(', ')}.`);
    const payload = publicationPayload(current.data, current.redaction.title, current.redaction.text);
    const reviewerKey = keyFingerprint(s.user.signPublicKey);
    const statement: ApprovalStatement = {
      format: 'safehold-approval/1',
      caseRef: caseRef(this.header.vaultId, id),
      redactionVersion: current.redaction.version,
      payloadHash: payloadHash(payload),
      reviewerKey,
      time: now(),
      acceptedRisksHash: toBase64(hash(utf8(canonicalJson(acceptedRisks)))),
    };
    const signature = signStatement(statement, s.signPrivateKey);
    const record: CaseRecord = { ...current, state: 'approved', approval: { statement, signature, reviewer: s.user.name, reviewerKey, acceptedRisks } };
    const next = this.transition(s, record, 'approved');
    this.log('approval', `${id}: approved, redaction version ${current.redaction.version}`);
    return next;
  }

  /**
   * Writes story.md, story.html and story.json of an approved case. The signature, the payload
   * hash and a fresh leak check (by the caller, which owns the redaction engine) are checked
   * again before anything is written; a failure writes nothing.
   */
  exportPublication(id: string, folder: string, freshDirectHits: string[]): { files: string[]; publicationId: string } {
    const s = this.requireSession('reviewer', 'admin');
    const current = this.current(s, id);
    if (current.state !== 'approved' && current.state !== 'exported') throw new SafeholdError('conflict', 'Only an approved case can be exported.');
    if (!current.approval || !current.redaction) throw new SafeholdError('conflict', 'This case has no approval.');
    const reviewer = s.users.users.find((u) => u.name === current.approval!.reviewer);
    if (!reviewer || !reviewer.roles.includes('reviewer')) throw new SafeholdError('forbidden', 'The approving reviewer is no longer a reviewer of this vault: approve again.');
    const statement = verifyStatement(current.approval.statement, current.approval.signature, reviewer.signPublicKey);
    const payload = publicationPayload(current.data, current.redaction.title, current.redaction.text);
    if (statement.payloadHash !== payloadHash(payload) || statement.redactionVersion !== current.redaction.version) {
      throw new SafeholdError('damaged', 'The story no longer matches its approval; it was not exported.');
    }
    if (freshDirectHits.length) throw new SafeholdError('conflict', `The leak check found: ${freshDirectHits.join(', ')}. Nothing was exported.`);
    const publicationId = current.publicationId ?? toBase64(randomBytes(12));
    const files = writeExport(folder, {
      format: 'safehold-publication/1', publicationId, ...payload,
      approval: { statement: current.approval.statement, signature: current.approval.signature, reviewerPublicKey: reviewer.signPublicKey },
    });
    this.transition(s, { ...current, state: 'exported', publicationId }, 'exported');
    this.log('case-export', `${id}: publication ${publicationId}`);
    return { files, publicationId };
  }

  /** Public keys of the vault's reviewers, to check an export against. */
  reviewerKeys(): string[] {
    return this.requireSession().users.users.filter((u) => u.roles.includes('reviewer')).map((u) => u.signPublicKey);
  }

  /** The case an export came from, found by its keyed reference. */
  caseByRef(ref: string): CaseRecord | null {
    const s = this.requireSession();
    const entry = s.index.list().find((e) => caseRef(this.header.vaultId, e.id) === ref);
    return entry ? this.readCase(s, entry.id, entry.version) : null;
  }

  private writeCase(s: Session, record: CaseRecord): void {
    const bytes = encodeRecord(s.vaultKey, this.header.vaultId, 'case', record.id, record.version, this.header.keyGeneration, record);
    writeFileAtomic(this.dir, path.join(this.dir, CASES_DIR, caseFileName(record.id)), bytes);
    s.index.put(indexEntry(record));
  }

  /** Imports case files all or nothing: every file is checked before the first is saved. */
  importCases(files: { name: string; content: string }[]): string[] {
    const s = this.requireSession('intake', 'admin');
    // Every file is checked, and every problem reported, before anything is saved.
    const problems: string[] = [];
    const parsed = files.flatMap(({ name, content }) => {
      let json: unknown;
      try {
        json = JSON.parse(content);
      } catch (error) {
        problems.push(`${name}: not valid JSON (${(error as Error).message})`);
        return [];
      }
      try {
        return [parseCaseData(json, name)];
      } catch (error) {
        problems.push((error as Error).message);
        return [];
      }
    });
    if (problems.length) throw new SafeholdError('invalid-argument', problems.join('\n'));
    const ids = parsed.map((data) => {
      const time = now();
      const record: CaseRecord = {
        id: toBase64(randomBytes(12)), version: 1, state: 'draft', createdAt: time, updatedAt: time,
        createdBy: s.user.name, updatedBy: s.user.name, data: { ...data, id: undefined },
      };
      this.writeCase(s, record);
      return record.id;
    });
    this.log('case-import', ids.join(', '));
    return ids;
  }

  /** A decrypted case-file/1 document: admin only, and the audit log says so. */
  exportCaseFile(id: string): CaseFile {
    const s = this.requireSession('admin');
    const entry = s.index.get(id);
    if (!entry) throw new SafeholdError('not-found', `There is no case ${id} in this vault.`);
    const record = this.readCase(s, id, entry.version);
    this.log('case-export', `${id} (plaintext case file)`);
    return { ...record.data, format: 'case-file/1', id };
  }

  // ── users ──────────────────────────────────────────────────────────────────────────

  users(): { name: string; roles: Role[]; createdAt: string }[] {
    return this.requireSession().users.users.map(({ name, roles, createdAt }) => ({ name, roles, createdAt }));
  }

  async addUser(nameInput: string, passphrase: string, roles: Role[]): Promise<void> {
    const s = this.requireSession('admin');
    const name = parseName(nameInput);
    checkPassphraseStrength(passphrase);
    if (!roles.length) throw new SafeholdError('invalid-argument', 'A user needs at least one role.');
    const tag = userTag(this.header.vaultId, name);
    if (this.header.slots.some((slot) => slot.tag === tag)) throw new SafeholdError('conflict', `There is already a user called ${name}.`);
    const { slot, signPublicKey } = await createSlot({
      vaultId: this.header.vaultId, kind: 'user', tag, secret: passphrase, kdf: this.kdfFor(), vaultKey: s.vaultKey, generation: this.header.keyGeneration,
    });
    this.writeUsers(s, { ...s.users, users: [...s.users.users, { id: randomUUID(), name, roles: [...new Set(roles)], slotId: slot.id, signPublicKey: toBase64(signPublicKey), createdAt: now() }] });
    this.header = { ...this.header, slots: [...this.header.slots, slot] };
    writeHeader(this.dir, this.header);
    this.log('user-add', `${name} (${roles.join(', ')})`);
  }

  /** Changes the signed-in user's passphrase: one slot is re-encrypted, nothing else. */
  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const s = this.requireSession();
    checkPassphraseStrength(newPassphrase);
    const slot = this.slotOf(s.user);
    const keys = await unlockSlot(this.header.vaultId, slot, oldPassphrase);
    wipe(keys.vaultKey);
    const next = await rewrapSlot(this.header.vaultId, slot, keys, newPassphrase, this.kdfFor());
    wipe(keys.boxPrivateKey);
    wipe(keys.signPrivateKey);
    this.header = { ...this.header, slots: this.header.slots.map((x) => (x.id === slot.id ? next : x)) };
    writeHeader(this.dir, this.header);
    this.log('passphrase-change', s.user.name);
  }

  /**
   * Gives a user who forgot their passphrase a new one, through the recovery code. Their
   * old signing key cannot be recovered (it was theirs alone), so they get a new one.
   */
  static async resetWithRecoveryCode(dir: string, code: string, nameInput: string, newPassphrase: string, kdf?: KdfParams): Promise<void> {
    const vault = await Vault.open(dir, kdf ? { kdf } : {});
    const name = parseName(nameInput);
    checkPassphraseStrength(newPassphrase);
    const recovery = vault.header.slots.find((s) => s.kind === 'recovery');
    if (!recovery) throw new SafeholdError('not-found', 'This vault has no recovery slot.');
    let keys: SlotKeys;
    try {
      keys = await unlockSlot(vault.header.vaultId, recovery, parseRecoveryCode(code));
    } catch (error) {
      if (error instanceof SafeholdError && error.code === 'unauthorized') recordFailedAttempt(dir, vault.header.auditPublicKey, `recovery for ${name}`);
      throw error instanceof SafeholdError && error.code === 'unauthorized' ? new SafeholdError('unauthorized', 'That recovery code does not open this vault.') : error;
    }
    const users = vault.readUsers(keys.vaultKey);
    const user = users.users.find((u) => u.name.toLowerCase() === name.toLowerCase());
    if (!user) {
      wipe(keys.vaultKey);
      throw new SafeholdError('not-found', `There is no user called ${name}.`);
    }
    const { slot, signPublicKey } = await createSlot({
      vaultId: vault.header.vaultId, kind: 'user', tag: userTag(vault.header.vaultId, user.name), secret: newPassphrase, kdf: vault.kdfFor(), vaultKey: keys.vaultKey, generation: vault.header.keyGeneration,
    });
    const release = acquireLock(dir);
    try {
      const nextUsers: UsersFile = { ...users, users: users.users.map((u) => (u.id === user.id ? { ...u, slotId: slot.id, signPublicKey: toBase64(signPublicKey) } : u)) };
      const version = readRecordHeader(readFileSync(path.join(dir, USERS_FILE)), 'the users record').version + 1;
      writeFileAtomic(dir, path.join(dir, USERS_FILE), encodeRecord(keys.vaultKey, vault.header.vaultId, 'users', 'users', version, vault.header.keyGeneration, nextUsers));
      vault.header = { ...vault.header, slots: [...vault.header.slots.filter((x) => x.id !== user.slotId), slot] };
      writeHeader(dir, vault.header);
      const reading = readAudit(dir, (g) => (g === vault.header.keyGeneration ? keys.vaultKey : null), vault.header.vaultId);
      appendAudit(dir, keys.vaultKey, vault.header.vaultId, vault.header.keyGeneration, reading.state, { user: '(recovery code)', action: 'recovery-reset', target: user.name });
    } finally {
      release();
      wipe(keys.vaultKey);
      wipe(keys.signPrivateKey);
      wipe(keys.boxPrivateKey);
    }
  }

  /**
   * Removes a user and rotates the vault key, so that nothing written from now on opens with
   * what that user knew. Every record is re-encrypted into rotation/ first; the header switch
   * is the commit point; an interrupted rotation is undone or finished by the next open.
   */
  removeUser(nameInput: string, progress?: Progress): void {
    const s = this.requireSession('admin');
    const user = s.users.users.find((u) => u.name.toLowerCase() === nameInput.trim().toLowerCase());
    if (!user) throw new SafeholdError('not-found', `There is no user called ${nameInput}.`);
    if (user.id === s.user.id) throw new SafeholdError('forbidden', 'You cannot remove yourself; ask another admin.');
    const remaining = s.users.users.filter((u) => u.id !== user.id);
    if (!remaining.some((u) => u.roles.includes('admin'))) throw new SafeholdError('forbidden', 'The vault must keep at least one admin.');
    this.rotateKey(s, { ...s.users, users: remaining }, user.slotId, progress);
    this.log('user-remove', user.name);
  }

  private rotateKey(s: Session, users: UsersFile, removedSlotId: string | null, progress?: Progress): void {
    const oldGeneration = this.header.keyGeneration;
    const generation = oldGeneration + 1;
    const key = newKey();
    const staging = path.join(this.dir, ROTATION_DIR);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(path.join(staging, CASES_DIR), { recursive: true, mode: 0o700 });
    const entries = s.index.list();
    const total = entries.length + 3;
    let done = 0;
    const step = () => progress?.(++done, total);
    for (const entry of entries) {
      const record = this.readCase(s, entry.id, entry.version);
      writeFileSync(path.join(staging, CASES_DIR, caseFileName(record.id)), encodeRecord(key, this.header.vaultId, 'case', record.id, record.version, generation, record), { mode: 0o600 });
      step();
    }
    writeFileSync(path.join(staging, USERS_FILE), encodeRecord(key, this.header.vaultId, 'users', 'users', 1, generation, users), { mode: 0o600 });
    step();
    const audit = readAudit(this.dir, (g) => (g === oldGeneration ? s.vaultKey : null), this.header.vaultId);
    const frames = audit.entries.map((entry: AuditEntry) => encodeAuditEntry(key, this.header.vaultId, generation, entry).frame);
    writeFileSync(path.join(staging, AUDIT_FILE), Buffer.concat(frames.flatMap((f) => [lengthPrefix(f.length), f])), { mode: 0o600 });
    step();
    const snapshot = { entries: Object.fromEntries(entries.map((e) => [e.id, e])), journalSeq: 0 };
    writeFileSync(path.join(staging, INDEX_FILE), encodeRecord(key, this.header.vaultId, 'index', 'index', 1, generation, snapshot), { mode: 0o600 });
    writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify({ generation }));
    step();
    // The commit point: the new header seals the new key to every remaining slot.
    const slots = this.header.slots.filter((slot) => slot.id !== removedSlotId).map((slot: Slot) => resealSlot(slot, key, generation));
    this.header = { ...this.header, keyGeneration: generation, slots };
    writeHeader(this.dir, this.header);
    finishRotation(this.dir, this.header);
    wipe(s.vaultKey);
    s.vaultKey = key;
    s.users = users;
    s.index = new CaseIndex(this.dir, this.header.vaultId, key, generation);
    s.index.load();
    const { tornTail: _torn, ...tail } = auditTail(this.dir, key, this.header.vaultId);
    s.audit = tail;
    this.log('key-rotation', `generation ${generation}`);
  }

  private slotOf(user: UserRecord): Slot {
    const slot = this.header.slots.find((x) => x.id === user.slotId);
    if (!slot) throw new SafeholdError('damaged', `The key slot of ${user.name} is missing from the vault header.`);
    return slot;
  }

  private kdfFor(): KdfParams {
    if (this.kdf) return this.kdf;
    const current = this.header.slots[0]!.kdf;
    return { opslimit: current.opslimit, memlimit: current.memlimit };
  }

  // ── audit and integrity ────────────────────────────────────────────────────────────

  audit(): { entries: AuditEntry[]; problem: string | null } {
    const s = this.requireSession('admin');
    const reading = readAudit(this.dir, (g) => (g === this.header.keyGeneration ? s.vaultKey : null), this.header.vaultId);
    return { entries: reading.entries, problem: reading.problem?.message ?? null };
  }

  /** Checks every record, the index and the audit chain; every intact record still opens. */
  verify(): DamageReport {
    const s = this.requireSession();
    const problems: DamageReport['problems'] = [];
    let checked = 0;
    for (const problem of s.index.problems) problems.push({ record: 'case index', message: problem });
    const indexed = new Set<string>();
    for (const entry of s.index.list()) {
      indexed.add(entry.id);
      checked++;
      try {
        this.readCase(s, entry.id, entry.version, false);
      } catch (error) {
        problems.push({ record: `case ${entry.id}`, message: (error as Error).message.replace(/^case \S+:? /, '') });
      }
    }
    const caseDir = path.join(this.dir, CASES_DIR);
    for (const name of existsSync(caseDir) ? readdirSync(caseDir) : []) {
      const id = name.replace(/\.rec$/, '');
      if (indexed.has(id)) continue;
      checked++;
      try {
        const { value } = decodeRecord<CaseRecord>(s.vaultKey, this.header.vaultId, 'case', id, readFileSync(path.join(caseDir, name)), `case ${id}`);
        s.index.put(indexEntry(value));
      } catch (error) {
        problems.push({ record: `file cases/${name}`, message: `not a case of this vault's index: ${(error as Error).message}` });
      }
    }
    try {
      this.readUsers(s.vaultKey);
    } catch (error) {
      problems.push({ record: 'users', message: (error as Error).message });
    }
    const audit = readAudit(this.dir, (g) => (g === this.header.keyGeneration ? s.vaultKey : null), this.header.vaultId);
    if (audit.problem) problems.push({ record: `audit log entry ${audit.problem.index + 1}`, message: audit.problem.message });
    this.log('verify', problems.length ? `${problems.length} problem(s)` : 'intact');
    return { ok: problems.length === 0, checked, problems };
  }

  /** For backup.ts: the files to copy, and the key to seal them with. */
  backupMaterial(): { header: Header; key: Uint8Array; files: string[] } {
    const s = this.requireSession('admin');
    const files = [USERS_FILE, AUDIT_FILE, INDEX_FILE, JOURNAL_FILE, ...s.index.list().map((e) => `${CASES_DIR}/${caseFileName(e.id)}`)].filter((f) => existsSync(path.join(this.dir, f)));
    return { header: this.header, key: s.vaultKey, files };
  }

  recordAudit(action: AuditAction, target: string): void {
    this.requireSession();
    this.log(action, target);
  }
}

const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

function lengthPrefix(length: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, length);
  return out;
}

/** Finishes a committed rotation (moves its staged files in) or undoes an uncommitted one. */
function finishRotation(dir: string, header: Header): void {
  const staging = path.join(dir, ROTATION_DIR);
  if (!existsSync(staging)) return;
  const manifestFile = path.join(staging, 'manifest.json');
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { generation: number }) : null;
  if (!manifest || manifest.generation !== header.keyGeneration) {
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  for (const name of readdirSync(path.join(staging, CASES_DIR))) renameSync(path.join(staging, CASES_DIR, name), path.join(dir, CASES_DIR, name));
  for (const name of [USERS_FILE, AUDIT_FILE, INDEX_FILE]) {
    if (existsSync(path.join(staging, name))) renameSync(path.join(staging, name), path.join(dir, name));
  }
  rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  rmSync(staging, { recursive: true, force: true });
}

/** Any edit after approval or during review returns the case to redaction and drops the approval. */
function voidApproval(record: CaseRecord): CaseRecord {
  const { approval: _approval, ...rest } = record;
  if (record.state === 'approved' || record.state === 'in-review' || record.state === 'exported') return { ...rest, state: record.redaction ? 'redaction' : 'draft' };
  return rest;
}

function indexEntry(record: CaseRecord): IndexEntry {
  return {
    id: record.id, version: record.version, title: record.data.story?.title ?? record.data.subject.fullName,
    state: record.state, createdAt: record.createdAt, updatedAt: record.updatedAt, search: searchText(record.data),
  };
}

function parseName(name: string): string {
  const parsed = UserName.safeParse(name);
  if (!parsed.success) throw new SafeholdError('invalid-argument', `user name: ${describeIssues(parsed.error)}`);
  return parsed.data.normalize('NFC');
}

function parseCaseData(data: unknown, where: string): CaseFile {
  const parsed = CaseFile.safeParse(data);
  if (!parsed.success) throw new SafeholdError('invalid-argument', `${where}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
