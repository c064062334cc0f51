import { writeFileSync } from 'node:fs';
import { exportCard, FingerprintMismatchError, importContact, listContacts, revokeContact } from '../core/contacts/contactStore';
import { readRegularFile } from '../core/files/regularFile';
import { command } from './command';
import { UNLOCK, withUnlocked } from './vaultCommands';

export const contactExport = command({
  usage: 'contact export DIR --user NAME --out FILE',
  summary: "write NAME's contact card and print its fingerprint alone on the last line",
  positional: { min: 1 },
  options: [...UNLOCK, '--out'],
  flags: [],
  exits: { 0: 'written', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir], options }) {
    const user = options['--user'];
    const out = options['--out'];
    if (!user || !out) throw new Error('--user NAME and --out FILE are required; usage: contact export DIR --user NAME --out FILE');
    return withUnlocked(dir!, options, (vault) => {
      const { card, text, fingerprint } = exportCard(vault, user);
      writeFileSync(out, text, { mode: 0o644 });
      return { code: 0, stdout: [`contact card of ${card.name} (${card.roles.join(', ')}) written to ${out}`, 'fingerprint (read it out to the person who imports the card):', fingerprint].join('\n') };
    });
  },
});

export const contactImport = command({
  usage: 'contact import DIR FILE --fingerprint FP',
  summary: "trust a contact card once FP was compared with the sender's screen",
  positional: { min: 2 },
  options: [...UNLOCK, '--fingerprint'],
  flags: [],
  exits: { 0: 'imported', 1: 'FP does not match the card: nothing imported', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir, file], options }) {
    const fp = options['--fingerprint'];
    if (!fp) throw new Error("--fingerprint FP is required: compare it with the other person's screen first");
    const text = readRegularFile(file!);
    return withUnlocked(dir!, options, (vault) => {
      try {
        const contact = importContact(vault, text, fp, file);
        return { code: 0, stdout: `trusted contact added: ${contact.name} (${contact.roles.join(', ')}), fingerprint ${contact.fingerprint}` };
      } catch (error) {
        if (error instanceof FingerprintMismatchError) return { code: 1, stderr: `safehold contact import: ${error.message}` };
        throw error;
      }
    });
  },
});

export const contactList = command({
  usage: 'contact list DIR [--json]',
  summary: 'list trusted and revoked contacts with their fingerprints',
  positional: { min: 1 },
  options: UNLOCK,
  flags: ['--json'],
  exits: { 0: 'listed', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir], options, flags }) {
    return withUnlocked(dir!, options, (vault) => {
      const contacts = listContacts(vault).map((c) => ({
        name: c.name, roles: c.roles, fingerprint: c.fingerprint, status: c.revokedAt ? 'revoked' : 'trusted', addedAt: c.addedAt, ...(c.revokedAt ? { revokedAt: c.revokedAt } : {}),
      }));
      if (flags['--json']) return { code: 0, stdout: JSON.stringify(contacts) };
      if (!contacts.length) return { code: 0, stdout: 'no contacts' };
      return { code: 0, stdout: contacts.map((c) => `${c.fingerprint}  ${c.status.padEnd(7)}  ${c.name} (${c.roles.join(', ')})`).join('\n') };
    });
  },
});

export const contactRevoke = command({
  usage: 'contact revoke DIR FP',
  summary: 'revoke a contact: its bundles are refused from now on',
  // The fingerprint may come as one argument or as its six groups.
  positional: { min: 2, max: 7 },
  options: UNLOCK,
  flags: [],
  exits: { 0: 'revoked', 2: 'bad input, unknown fingerprint or cannot unlock' },
  async run({ positional: [dir, ...fp], options }) {
    return withUnlocked(dir!, options, (vault) => {
      const contact = revokeContact(vault, fp.join(' '));
      return { code: 0, stdout: `revoked: ${contact.name}, fingerprint ${contact.fingerprint}; bundles signed by this contact are refused from now on` };
    });
  },
});
