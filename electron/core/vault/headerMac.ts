import path from 'node:path';
import { deriveSubkey, equalBytes, fromBase64, hash, toBase64, utf8, wipe } from '../crypto/sodium';
import { writeFileAtomic } from './files';
import { textOf, type ErrorText } from '../../../shared/errors';
import { FORMAT_VERSION, Header, HEADER_FILE, slotPart, type Slot } from './header';

/**
 * The plain header's authentication (docs/vault-format.md): a keyed BLAKE2b under a subkey of
 * the vault key over the vault's fields and its list of slot ids, and one over each slot. No
 * one without the vault key can change a slot's Argon2 settings, swap its sealed key, add or
 * remove a slot unnoticed; and a change names the slot it touched.
 */
const macKey = (vaultKey: Uint8Array) => deriveSubkey(vaultKey, 1, 'SHheader');

// Fields listed one by one, in a fixed order: the MAC covers exactly these, whatever JSON order a file has.
const vaultFields = (h: Header) =>
  JSON.stringify(['safehold-header/2', h.magic, h.formatVersion, h.vaultId, h.createdAt, h.keyGeneration, h.auditPublicKey, h.slots.map((s) => s.id)]);
const slotFields = (vaultId: string, s: Slot) =>
  JSON.stringify(['safehold-slot/2', vaultId, s.id, s.kind, s.kdf.alg, s.kdf.opslimit, s.kdf.memlimit, s.kdf.salt, s.secrets, s.boxPublicKey, s.sealedVaultKey, s.keyGeneration]);

const mac = (key: Uint8Array, text: string) => toBase64(hash(utf8(text), key));

/** The header in format 2: user-name tags and signing keys dropped, every part sealed. */
export function sealHeader(header: Header, vaultKey: Uint8Array): Header {
  const key = macKey(vaultKey);
  try {
    const slots = header.slots.map(({ tag: _tag, signPublicKey: _sign, mac: _mac, ...slot }) => ({ ...slot, mac: mac(key, slotFields(header.vaultId, slot)) }));
    const next: Header = { ...header, formatVersion: FORMAT_VERSION, slots };
    return { ...next, mac: mac(key, vaultFields(next)) };
  } finally {
    wipe(key);
  }
}

const matches = (key: Uint8Array, text: string, stored: string | undefined) => stored !== undefined && equalBytes(fromBase64(mac(key, text)), fromBase64(stored));

/** What was changed in a format-2 header since Safehold wrote it, one sentence each; empty when nothing. */
export function headerChanges(header: Header, vaultKey: Uint8Array): ErrorText[] {
  const key = macKey(vaultKey);
  try {
    const problems: ErrorText[] = [];
    if (!matches(key, vaultFields(header), header.mac)) {
      problems.push(textOf('header.vaultFieldsChanged'));
    }
    for (const slot of header.slots) {
      if (slot.tag !== undefined || slot.signPublicKey !== undefined) problems.push(textOf('header.slotLegacyFields', { slot: slotPart(slot) }));
      if (!matches(key, slotFields(header.vaultId, slot), slot.mac)) problems.push(textOf('header.slotChanged', { slot: slotPart(slot) }));
    }
    return problems;
  } finally {
    wipe(key);
  }
}

/** Writes a header sealed under `vaultKey`, in format 2 whatever it was read as. */
export function writeHeader(dir: string, header: Header, vaultKey: Uint8Array): Header {
  const sealed = sealHeader(Header.parse(header), vaultKey);
  writeFileAtomic(dir, path.join(dir, HEADER_FILE), utf8(`${JSON.stringify(sealed, null, 2)}\n`));
  return sealed;
}
