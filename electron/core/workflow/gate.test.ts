import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseFile } from '../../../shared/caseFile/schema';
import { PublicationPayload, publicationPayload, readerText } from '../../../shared/publication/payload';
import { redactStory } from '../../../shared/redaction';
import { ADMIN, removeTempFolders, tempFolder, TEST_KDF } from '../../../tests/helpers/vault';
import { Vault } from '../vault/vault';
import { writeCase } from '../vault/caseStore';
import { approve, exportCase, remainingRisks, submitForReview } from './publish';
import { saveRedaction } from './steps';

afterAll(removeTempFolders);

const REVIEWER = { name: 'Rita Reviewer', passphrase: 'reviewer passphrase 2026' };
const BOTH = { name: 'Bo Both', passphrase: 'both roles passphrase 2026' };
const record = CaseFile.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/own-01-lida-teacher.case.json'), 'utf8')));
const data: CaseFile = { ...record, needs: [{ amount: 300, currency: 'EUR', purpose: 'rent for Katsiaryna at vul. Kirava 8, call +375 29 771-03-44' }, { amount: 120, currency: 'EUR', purpose: 'parcels to the colony' }] };

/** Every direct identifier of the record (CONTRACT.md): names, birth dates, address, phones, e-mails, accounts, documents. */
const DIRECT = [data.subject, ...(data.relatives ?? [])].flatMap((p) => [
  p.fullName, ...(p.otherNames ?? []), p.birthDate, p.address, ...(p.phones ?? []), ...(p.emails ?? []), ...(p.socialAccounts ?? []), ...(p.documentNumbers ?? []),
]).filter((v): v is string => !!v);

const PHONES = new Set([data.subject, ...(data.relatives ?? [])].flatMap((p) => p.phones ?? []));

async function as(dir: string, who: { name: string; passphrase: string }) {
  const v = await Vault.open(dir, { kdf: TEST_KDF });
  await v.unlock(who.name, who.passphrase);
  return v;
}

let dir: string;
let id: string;
let clean: { title: string; text: string };

beforeAll(async () => {
  dir = path.join(tempFolder(), 'vault');
  const { vault } = await Vault.create(dir, { adminName: ADMIN.name, passphrase: ADMIN.passphrase, kdf: TEST_KDF });
  await vault.addUser(REVIEWER.name, REVIEWER.passphrase, ['reviewer']);
  await vault.addUser(BOTH.name, BOTH.passphrase, ['intake', 'reviewer']);
  [id] = vault.importCases([{ name: 'teacher.json', content: JSON.stringify(data) }]) as [string];
  clean = { title: redactStory(data, data.story!.title!).text, text: redactStory(data).text };
  vault.lock();
});

describe('the needs\' purposes', () => {
  it('are published from the redaction, redacted by the engine when the editor sends none', async () => {
    const v = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    const saved = saveRedaction(v, id, v.get(id).version, { ...clean, decisions: [] });
    const purposes = saved.redaction!.purposes!;
    expect(purposes).toHaveLength(2);
    expect(purposes[0]).not.toMatch(/Katsiaryna|Kirava|771/);
    const payload = publicationPayload(saved.data, saved.redaction!);
    expect(payload.needs.map((n) => n.purpose)).toEqual(purposes);
    expect(remainingRisks(v, id).direct).toEqual([]);
    expect(() => saveRedaction(v, id, saved.version, { ...clean, decisions: [], purposes: ['only one'] })).toThrow(/purposes: expected one published purpose per need \(2\)/);
    v.lock();
  });

  it('written back as the original are caught by the leak check', async () => {
    const v = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    saveRedaction(v, id, v.get(id).version, { ...clean, decisions: [], purposes: data.needs!.map((n) => n.purpose!) });
    expect(() => submitForReview(v, id)).toThrow(/still contains/);
    v.lock();
  });
});

type Field = 'title' | 'text' | 'purpose' | 'amount';
const FIELDS: Field[] = ['title', 'text', 'purpose', 'amount'];

/** The clean redaction with `value` put into one field; null when the field cannot hold it (an amount is a number). */
function inject(field: Field, value: string): { title: string; text: string; purposes: string[]; amount?: number } | null {
  const purposes = ['help with the rent', 'parcels'];
  if (field === 'title') return { ...clean, title: `${clean.title} ${value}`, purposes };
  if (field === 'text') return { ...clean, text: `${clean.text}\n\nThanks to ${value}.`, purposes };
  if (field === 'purpose') return { ...clean, purposes: [`help for ${value}`, 'parcels'] };
  // An amount is a number: of the identifiers, a phone number is the one a reader would recognise as itself there.
  const digits = value.replace(/\D/g, '');
  return PHONES.has(value) ? { ...clean, purposes, amount: Number(digits) } : null;
}

describe('every direct identifier in every payload field', () => {
  it('is refused at submission', async () => {
    const v = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    let checked = 0;
    for (const value of DIRECT) {
      for (const field of FIELDS) {
        const redaction = inject(field, value);
        if (!redaction) continue;
        const current = v.get(id);
        const withAmount = redaction.amount === undefined ? current : v.saveCase(id, current.version, { ...current.data, needs: [{ ...current.data.needs![0]!, amount: redaction.amount }, current.data.needs![1]!] });
        saveRedaction(v, id, withAmount.version, { title: redaction.title, text: redaction.text, purposes: redaction.purposes, decisions: [] });
        expect(() => submitForReview(v, id), `${value} in ${field}`).toThrow(/still contains/);
        if (redaction.amount !== undefined) v.saveCase(id, v.get(id).version, { ...data });
        checked++;
      }
    }
    // Every identifier in the three text fields; the phone number in the amount too.
    expect(checked).toBe(DIRECT.length * 3 + 1);
    v.lock();
  });

  it('is refused at export, even in an approved case whose record was changed behind the approval', async () => {
    const intake = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    saveRedaction(intake, id, intake.get(id).version, { ...clean, decisions: [] });
    submitForReview(intake, id);
    intake.lock();
    const reviewer = await as(dir, REVIEWER);
    approve(reviewer, id, remainingRisks(reviewer, id).quasi.map((q) => ({ ...q, reason: 'generic enough' })));
    const approved = reviewer.get(id);
    let version = approved.version;
    for (const value of DIRECT) {
      for (const field of FIELDS) {
        const redaction = inject(field, value);
        if (!redaction) continue;
        const needs = redaction.amount === undefined ? approved.data.needs : [{ ...approved.data.needs![0]!, amount: redaction.amount }, approved.data.needs![1]!];
        writeCase(reviewer.session(), { ...approved, version: ++version, data: { ...approved.data, needs }, redaction: { ...approved.redaction!, title: redaction.title, text: redaction.text, purposes: redaction.purposes } });
        const folder = path.join(tempFolder(), 'export');
        expect(() => exportCase(reviewer, id, folder), `${value} in ${field}`).toThrow();
        expect(existsSync(folder)).toBe(false);
        expect(remainingRisks(reviewer, id).direct.length, `${value} in ${field}`).toBeGreaterThan(0);
      }
    }
    reviewer.lock();
  });

  it('cannot go into a currency: the payload takes three capital letters only', () => {
    for (const value of DIRECT) expect(PublicationPayload.shape.needs.safeParse([{ amount: 1, currency: value }]).success).toBe(false);
    expect(readerText({ title: 'T', text: 'S', needs: [{ amount: 5, currency: 'EUR', purpose: 'P' }], total: { EUR: 5 } })).toBe('T\n\nS\n\n5 EUR — P\n\n5 EUR');
  });
});

describe('four eyes', () => {
  it('nobody who changed the record since the last approval may approve it, even with both roles', async () => {
    const admin = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    // Bring the case back to redaction in a known state.
    const restored = admin.saveCase(id, admin.get(id).version, { ...data });
    saveRedaction(admin, id, restored.version, { ...clean, decisions: [] });
    admin.lock();
    // Bo (intake and reviewer) only edits the record: adds a need. Admin redacts and submits.
    const bo = await as(dir, BOTH);
    const current = bo.get(id);
    bo.saveCase(id, current.version, { ...current.data, needs: [...current.data.needs!, { amount: 50, currency: 'EUR', purpose: 'books' }] });
    bo.lock();
    const admin2 = await as(dir, { name: ADMIN.name, passphrase: ADMIN.passphrase });
    saveRedaction(admin2, id, admin2.get(id).version, { ...clean, decisions: [] });
    submitForReview(admin2, id);
    admin2.lock();
    // Bo did not edit the redaction last, but changed the record: may not approve.
    const bo2 = await as(dir, BOTH);
    const accepted = remainingRisks(bo2, id).quasi.map((q) => ({ ...q, reason: 'generic enough' }));
    expect(() => approve(bo2, id, accepted)).toThrow(/four eyes/);
    bo2.lock();
    const rita = await as(dir, REVIEWER);
    expect(approve(rita, id, accepted).state).toBe('approved');
    expect(rita.get(id).authors).toEqual([]);
    rita.lock();
  });
});
