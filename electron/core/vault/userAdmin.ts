import { randomUUID } from 'node:crypto';
import { SafeholdError } from '../../../shared/errors';
import type { KdfRange } from '../crypto/kdfPolicy';
import { toBase64, wipe, type KdfParams } from '../crypto/sodium';
import { appendAudit, readAudit, recordFailedAttempt } from './audit';
import { takeFolder } from './folderLock';
import type { Header, Slot } from './header';
import { writeHeader } from './headerMac';
import { createSlot, rewrapSlot, unlockSlot, type SlotKeys } from './keySlots';
import { rotateKey, type Progress } from './keyRotation';
import { checkPassphraseStrength } from './passphrase';
import { parseName, readUsers, writeUsers } from './userRecords';
import { parseRecoveryCode } from './recoveryCode';
import type { VaultSession } from './session';
import type { Role, UserRecord, UsersFile } from './users';

/**
 * Users and their key slots: adding, changing a passphrase, the recovery code, removing (with
 * a key rotation). Each takes the current header and returns the one it wrote.
 */
export async function addUser(s: VaultSession, header: Header, kdf: KdfParams, nameInput: string, passphrase: string, roles: Role[]): Promise<Header> {
  const name = parseName(nameInput);
  checkPassphraseStrength(passphrase, [name]);
  if (!roles.length) throw new SafeholdError('users.needsRole');
  if (s.users.users.some((u) => u.name.toLowerCase() === name.toLowerCase())) throw new SafeholdError('users.exists', { name });
  const { slot, signPublicKey } = await createSlot({ vaultId: header.vaultId, kind: 'user', secret: passphrase, kdf, vaultKey: s.vaultKey, generation: header.keyGeneration });
  const users: UsersFile = { ...s.users, users: [...s.users.users, { id: randomUUID(), name, roles: [...new Set(roles)], slotId: slot.id, signPublicKey: toBase64(signPublicKey), createdAt: new Date().toISOString() }] };
  writeUsers(s.dir, s.vaultId, s.vaultKey, s.generation, users);
  s.users = users;
  const next = writeHeader(s.dir, { ...header, slots: [...header.slots, slot] }, s.vaultKey);
  s.log('user-add', `${name} (${roles.join(', ')})`);
  return next;
}

function slotOf(header: Header, user: UserRecord): Slot {
  const slot = header.slots.find((x) => x.id === user.slotId);
  if (!slot) throw new SafeholdError('users.slotMissing', { name: user.name });
  return slot;
}

/** Changes the signed-in user's passphrase: one slot is re-encrypted, nothing else. */
export async function changePassphrase(s: VaultSession, header: Header, kdf: KdfParams, range: KdfRange, oldPassphrase: string, newPassphrase: string): Promise<Header> {
  checkPassphraseStrength(newPassphrase, [s.user.name]);
  const slot = slotOf(header, s.user);
  const keys = await unlockSlot(header.vaultId, slot, oldPassphrase, range);
  wipe(keys.vaultKey);
  const nextSlot = await rewrapSlot(header.vaultId, slot, keys, newPassphrase, kdf);
  wipe(keys.boxPrivateKey);
  wipe(keys.signPrivateKey);
  const next = writeHeader(s.dir, { ...header, slots: header.slots.map((x) => (x.id === slot.id ? nextSlot : x)) }, s.vaultKey);
  s.log('passphrase-change', s.user.name);
  return next;
}

/**
 * Gives a user who forgot their passphrase a new one, through the recovery code, on a locked
 * vault. Their old signing key cannot be recovered (it was theirs alone), so they get a new one.
 */
export async function resetWithRecoveryCode(dir: string, kdf: KdfParams, range: KdfRange, code: string, nameInput: string, newPassphrase: string): Promise<Header> {
  const name = parseName(nameInput);
  checkPassphraseStrength(newPassphrase, [name]);
  // The lock first: the header is read under it, so a rotation by another process is never undone.
  const { header, release } = takeFolder(dir);
  try {
    return await resetLocked(dir, header, kdf, range, code, name, newPassphrase);
  } finally {
    release();
  }
}

async function resetLocked(dir: string, header: Header, kdf: KdfParams, range: KdfRange, code: string, name: string, newPassphrase: string): Promise<Header> {
  const recovery = header.slots.find((s) => s.kind === 'recovery');
  if (!recovery) throw new SafeholdError('users.noRecoverySlot');
  let keys: SlotKeys;
  try {
    keys = await unlockSlot(header.vaultId, recovery, parseRecoveryCode(code), range);
  } catch (error) {
    if (error instanceof SafeholdError && error.code === 'unauthorized') recordFailedAttempt(dir, header.auditPublicKey, `recovery for ${name}`);
    throw error instanceof SafeholdError && error.code === 'unauthorized' ? new SafeholdError('users.wrongRecoveryCode') : error;
  }
  try {
    const users = readUsers(dir, header.vaultId, keys.vaultKey);
    const user = users.users.find((u) => u.name.toLowerCase() === name.toLowerCase());
    if (!user) throw new SafeholdError('users.notFound', { name });
    const { slot, signPublicKey } = await createSlot({
      vaultId: header.vaultId, kind: 'user', secret: newPassphrase, kdf, vaultKey: keys.vaultKey, generation: header.keyGeneration,
    });
    const nextUsers: UsersFile = { ...users, users: users.users.map((u) => (u.id === user.id ? { ...u, slotId: slot.id, signPublicKey: toBase64(signPublicKey) } : u)) };
    writeUsers(dir, header.vaultId, keys.vaultKey, header.keyGeneration, nextUsers);
    const next = writeHeader(dir, { ...header, slots: [...header.slots.filter((x) => x.id !== user.slotId), slot] }, keys.vaultKey);
    const reading = readAudit(dir, (g) => (g === next.keyGeneration ? keys.vaultKey : null), next.vaultId);
    appendAudit(dir, keys.vaultKey, next.vaultId, next.keyGeneration, reading.state, { user: '(recovery code)', action: 'recovery-reset', target: user.name });
    return next;
  } finally {
    wipe(keys.vaultKey);
    wipe(keys.signPrivateKey);
    wipe(keys.boxPrivateKey);
  }
}

/**
 * Removes a user and rotates the vault key, so that nothing written from now on opens with
 * what that user knew.
 */
export function removeUser(s: VaultSession, header: Header, nameInput: string, progress?: Progress): Header {
  const user = s.users.users.find((u) => u.name.toLowerCase() === nameInput.trim().toLowerCase());
  if (!user) throw new SafeholdError('users.notFound', { name: nameInput });
  if (user.id === s.user.id) throw new SafeholdError('users.removeSelf');
  const remaining = s.users.users.filter((u) => u.id !== user.id);
  if (!remaining.some((u) => u.roles.includes('admin'))) throw new SafeholdError('users.lastAdmin');
  const next = rotateKey(s, header, { ...s.users, users: remaining }, user.slotId, progress);
  s.log('user-remove', user.name);
  return next;
}
