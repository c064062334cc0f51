import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import { hasRoleFor, rolesFor, type Action } from '../../../shared/workflow/policy';
import { fromBase64, openSealed, signDetached, wipe, wipeScratch } from '../crypto/sodium';
import { appendAudit, type AuditAction, type AuditState } from './audit';
import type { CaseIndex } from './caseIndex';
import { writeHead } from './vaultHead';
import type { UserRecord, UsersFile } from './users';

export interface SessionKeys {
  vaultKey: Uint8Array;
  signPrivateKey: Uint8Array;
  auditPrivateKey: Uint8Array;
  /** The user's X25519 private key: opens what other vaults sealed to this user (bundles). */
  boxPrivateKey: Uint8Array;
}

/** The signed-in user's public keys, as other vaults know them from a contact card. */
export interface UserPublicKeys {
  box: string;
  sign: string;
}

export interface SessionInit {
  dir: string;
  vaultId: string;
  generation: number;
  keys: SessionKeys;
  user: UserRecord;
  publicKeys: UserPublicKeys;
  users: UsersFile;
  index: CaseIndex;
  audit: AuditState;
  releaseLock: () => void;
}

/**
 * An unlocked vault: the signed-in user, the decrypted index and users record, and the keys.
 * This object alone owns the key buffers: it hands the vault key to the storage modules of
 * this folder, signs for its user without giving the signing key out, and `dispose()` wipes
 * every key and releases the folder lock. A disposed session refuses everything.
 */
export class VaultSession {
  readonly dir: string;
  readonly vaultId: string;
  readonly user: UserRecord;
  readonly publicKeys: UserPublicKeys;
  users: UsersFile;
  index: CaseIndex;
  audit: AuditState;
  private generationValue: number;
  private keys: SessionKeys | null;
  private readonly releaseLock: () => void;

  constructor(init: SessionInit) {
    this.dir = init.dir;
    this.vaultId = init.vaultId;
    this.generationValue = init.generation;
    this.keys = init.keys;
    this.user = init.user;
    this.publicKeys = init.publicKeys;
    this.users = init.users;
    this.index = init.index;
    this.audit = init.audit;
    this.releaseLock = init.releaseLock;
  }

  private get live(): SessionKeys {
    if (!this.keys) throw new SafeholdError('vault.locked');
    return this.keys;
  }

  get disposed(): boolean {
    return this.keys === null;
  }

  get generation(): number {
    return this.generationValue;
  }

  /** For the storage modules of this vault only; never leaves the core. */
  get vaultKey(): Uint8Array {
    return this.live.vaultKey;
  }

  get auditPrivateKey(): Uint8Array {
    return this.live.auditPrivateKey;
  }

  /** Refuses, naming the roles it needs, an action the policy does not give this user's roles. */
  authorize(action: Action): this {
    if (!hasRoleFor(this.user.roles, action)) {
      const [role, other] = rolesFor(action).map((r) => textOf(`role.${r}`));
      const name = this.user.name;
      throw other ? new SafeholdError('vault.needsEitherRole', { role: role!, other, name }) : new SafeholdError('vault.needsRole', { role: role!, name });
    }
    return this;
  }

  /** Signs as the signed-in user: the signing key stays in this object. */
  sign(message: Uint8Array): Uint8Array {
    return signDetached(message, this.live.signPrivateKey);
  }

  /** Opens a sealed box addressed to the signed-in user; null when it is not for them. The key stays here. */
  openSealedToMe(sealed: Uint8Array): Uint8Array | null {
    const keys = this.live;
    try {
      return openSealed(sealed, fromBase64(this.publicKeys.box), keys.boxPrivateKey, textOf('part.sealedBox'));
    } catch {
      return null;
    }
  }

  /** Frames of attempts.log read into the audit log so far (vaultHead.ts). */
  attemptsSeen = 0;
  /** Damage found at unlock (integrityChecks.ts): shown to the user, named again by verify. */
  warnings: ErrorText[] = [];
  /** Case versions written since the last audit entry, which will record them. */
  private readonly written = new Map<string, number>();

  /** A case version was written: the next audit entry says so, and verify holds the file to it. */
  noteCaseWrite(id: string, version: number): void {
    this.written.set(id, version);
  }

  /** Appends an audit entry, then the vault head that anchors it. */
  log(action: AuditAction, target: string, finding?: ErrorText): void {
    const cases = this.written.size ? Object.fromEntries(this.written) : undefined;
    this.audit = appendAudit(this.dir, this.vaultKey, this.vaultId, this.generation, this.audit, { user: this.user.name, action, target, ...(cases ? { cases } : {}), ...(finding ? { finding } : {}) });
    this.written.clear();
    writeHead(this.dir, this.vaultKey, this.vaultId, this.generation, { audit: { count: this.audit.nextSeq, hash: this.audit.prevHash }, index: this.index.position(), attempts: this.attemptsSeen });
  }

  /** After a key rotation: the old vault key is wiped, the new one is this session's from now on. */
  replaceVaultKey(key: Uint8Array, generation: number): void {
    const keys = this.live;
    wipe(keys.vaultKey);
    keys.vaultKey = key;
    this.generationValue = generation;
  }

  /** Wipes every key and libsodium's scratch memory, and releases the folder; safe to call twice. */
  dispose(): void {
    const keys = this.keys;
    if (!keys) return;
    this.keys = null;
    this.index.close();
    wipe(keys.vaultKey);
    wipe(keys.signPrivateKey);
    wipe(keys.auditPrivateKey);
    wipe(keys.boxPrivateKey);
    wipeScratch();
    this.releaseLock();
  }
}
