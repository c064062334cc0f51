import { CaseFile, EVENT_KINDS } from '../../../shared/caseFile/schema';
import { schemaIssues, type ErrorText } from '../../../shared/errors';
import { normaliseDate, parseAmount } from './localFormats';

/** The form's own shape: lists are typed one per line, numbers as text until they are saved. */
export interface PersonForm {
  fullName: string;
  otherNames: string;
  birthDate: string;
  gender: '' | 'male' | 'female' | 'other';
  city: string;
  address: string;
  occupation: string;
  employer: string;
  phones: string;
  emails: string;
  socialAccounts: string;
  documentNumbers: string;
}

export interface CaseForm {
  subject: PersonForm;
  relatives: (PersonForm & { relation: string })[];
  articles: string;
  events: { date: string; kind: (typeof EVENT_KINDS)[number]; place: string; note: string }[];
  title: string;
  text: string;
  needs: { amount: string; currency: string; purpose: string }[];
}

export const emptyPerson = (): PersonForm => ({
  fullName: '', otherNames: '', birthDate: '', gender: '', city: '', address: '', occupation: '', employer: '',
  phones: '', emails: '', socialAccounts: '', documentNumbers: '',
});

export const emptyCase = (): CaseForm => ({ subject: emptyPerson(), relatives: [], articles: '', events: [], title: '', text: '', needs: [] });

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const optional = (text: string) => (text.trim() ? text.trim() : undefined);

function toPerson(p: PersonForm) {
  return {
    fullName: p.fullName.trim(),
    ...(lines(p.otherNames).length ? { otherNames: lines(p.otherNames) } : {}),
    ...(optional(p.birthDate) ? { birthDate: normaliseDate(p.birthDate) } : {}),
    ...(p.gender ? { gender: p.gender } : {}),
    ...(optional(p.city) ? { city: optional(p.city) } : {}),
    ...(optional(p.address) ? { address: optional(p.address) } : {}),
    ...(optional(p.occupation) ? { occupation: optional(p.occupation) } : {}),
    ...(optional(p.employer) ? { employer: optional(p.employer) } : {}),
    ...(lines(p.phones).length ? { phones: lines(p.phones) } : {}),
    ...(lines(p.emails).length ? { emails: lines(p.emails) } : {}),
    ...(lines(p.socialAccounts).length ? { socialAccounts: lines(p.socialAccounts) } : {}),
    ...(lines(p.documentNumbers).length ? { documentNumbers: lines(p.documentNumbers) } : {}),
  };
}

/** The form as a case-file/1 record (not yet validated). */
export function toCaseFile(form: CaseForm): unknown {
  const articles = form.articles.split(/[\n,;]+/).map((a) => a.trim()).filter(Boolean);
  return {
    format: 'case-file/1',
    subject: toPerson(form.subject),
    relatives: form.relatives.map((r) => ({ relation: r.relation.trim(), ...toPerson(r) })),
    legal: {
      articles,
      events: form.events.map((e) => ({ kind: e.kind, ...(optional(e.date) ? { date: normaliseDate(e.date) } : {}), ...(optional(e.place) ? { place: optional(e.place) } : {}), ...(optional(e.note) ? { note: optional(e.note) } : {}) })),
    },
    story: { ...(optional(form.title) ? { title: optional(form.title) } : {}), text: form.text },
    needs: form.needs.map((n) => ({ amount: parseAmount(n.amount), currency: n.currency.trim().toUpperCase(), ...(optional(n.purpose) ? { purpose: optional(n.purpose) } : {}) })),
  };
}

/**
 * The form as it was typed (saved beside the record while a field was invalid), laid over an
 * empty form so a field added since then is simply empty; null when it is not such a form.
 */
export function fromDraft(json: string): CaseForm | null {
  try {
    const typed = JSON.parse(json) as Partial<CaseForm>;
    if (!typed || typeof typed !== 'object' || !typed.subject) return null;
    const person = (p: Partial<PersonForm> | undefined) => ({ ...emptyPerson(), ...p });
    return {
      ...emptyCase(),
      ...typed,
      subject: person(typed.subject),
      relatives: (typed.relatives ?? []).map((r) => ({ relation: '', ...person(r), ...(r.relation === undefined ? {} : { relation: r.relation }) })),
    };
  } catch {
    return null;
  }
}

function fromPerson(p: Partial<CaseFile['subject']> | undefined): PersonForm {
  return {
    fullName: p?.fullName ?? '', otherNames: (p?.otherNames ?? []).join('\n'), birthDate: p?.birthDate ?? '', gender: p?.gender ?? '',
    city: p?.city ?? '', address: p?.address ?? '', occupation: p?.occupation ?? '', employer: p?.employer ?? '',
    phones: (p?.phones ?? []).join('\n'), emails: (p?.emails ?? []).join('\n'), socialAccounts: (p?.socialAccounts ?? []).join('\n'),
    documentNumbers: (p?.documentNumbers ?? []).join('\n'),
  };
}

export function fromCaseFile(data: CaseFile): CaseForm {
  return {
    subject: fromPerson(data.subject),
    relatives: (data.relatives ?? []).map((r) => ({ relation: r.relation, ...fromPerson(r) })),
    articles: (data.legal?.articles ?? []).join(', '),
    events: (data.legal?.events ?? []).map((e) => ({ date: e.date ?? '', kind: e.kind, place: e.place ?? '', note: e.note ?? '' })),
    title: data.story?.title ?? '',
    text: data.story?.text ?? '',
    needs: (data.needs ?? []).map((n) => ({ amount: String(n.amount), currency: n.currency, purpose: n.purpose ?? '' })),
  };
}

/** A schema path as the form names its field (legal.events.0.date → events.0.date). */
function formKey(path: string[]): string {
  const key = path[0] === 'legal' ? path.slice(1).join('.').replace(/^articles.*/, 'articles') : path[0] === 'story' ? path[1] ?? 'text' : path.join('.');
  return key.replace(/^(subject|relatives\.\d+)\.(otherNames|phones|emails|socialAccounts|documentNumbers)\.\d+$/, '$1.$2');
}

/** Fields without which their whole entry means nothing: an invalid one leaves the entry out. */
const ENTRY_REQUIRED = /^(relatives\.\d+)\.(relation|fullName)$|^(legal\.events\.\d+)\.kind$|^(needs\.\d+)\.(amount|currency)$/;
const DROP = Symbol('drop');

function drop(root: unknown, path: string[]) {
  let node = root as Record<string, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[path.at(-1)!] = DROP;
}

function sweep(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((v) => v !== DROP).map(sweep);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== DROP).map(([k, v]) => [k, sweep(v)]));
  return node;
}

export interface Validation {
  /** Everything that is valid, ready to save: an invalid field is left out, never guessed. */
  data: CaseFile | null;
  /** What is wrong, keyed by the form's field names; empty when the whole form is valid. */
  errors: Record<string, ErrorText>;
}

/**
 * Checks the form against case-file/1. What is invalid is marked and left out of `data`, so
 * the rest is saved at once; only the person's name is needed for there to be a case at all.
 */
export function validate(form: CaseForm): Validation {
  const candidate = toCaseFile(form);
  const parsed = CaseFile.safeParse(candidate);
  if (parsed.success) return { data: parsed.data, errors: {} };
  const errors: Record<string, ErrorText> = {};
  const problems = new Map(schemaIssues(parsed.error, '', Number.POSITIVE_INFINITY).map((p) => [p.path, p]));
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    errors[formKey(path)] ??= problems.get(path.join('.'))!;
    const joined = path.join('.');
    if (joined === 'subject.fullName') continue;
    const entry = ENTRY_REQUIRED.exec(joined);
    drop(candidate, entry ? joined.slice(0, joined.lastIndexOf('.')).split('.') : path);
  }
  if (errors['subject.fullName']) return { data: null, errors };
  const rest = CaseFile.safeParse(sweep(candidate));
  return { data: rest.success ? rest.data : null, errors };
}
