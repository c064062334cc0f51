import type { Table } from './entry';

/** Contact cards of other vaults and the trusted contacts. */
export const CONTACTS = {
  'contacts.fingerprintFormat': { code: 'invalid-argument', en: "fingerprint: expected 30 digits (six groups of five), as the other person's screen shows them" },
  'contacts.notJson': { code: 'invalid-argument', en: '{{where}}: not a contact card (not valid JSON)' },
  'contacts.invalidCard': { code: 'invalid-argument', en: '{{where}}: not a valid contact card: {{issues}}' },
  'contacts.recordDamaged': { code: 'damaged', en: 'the contacts record is damaged: {{issues}}' },
  'contacts.isUser': { code: 'conflict', en: '{{name}} is a user of this vault, not a contact of another one.' },
  'contacts.revokedCard': { code: 'conflict', en: 'This card ({{name}}, {{fingerprint}}) was revoked on {{date}}; a revoked contact stays revoked. Ask for a card with new keys.' },
  'contacts.alreadyTrusted': { code: 'conflict', en: '{{name}} ({{fingerprint}}) is already a trusted contact.' },
  'contacts.notFound': { code: 'not-found', en: 'No contact has the fingerprint {{fingerprint}}.' },
  'contacts.fingerprintMismatch': { code: 'unauthorized', en: "The fingerprint does not match this card (the card's is {{expected}}). Do not import it: compare again with the other person's screen, or ask for a new card." },
} as const satisfies Table;
