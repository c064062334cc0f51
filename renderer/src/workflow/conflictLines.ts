import type { TFunction } from 'i18next';
import type { CaseFile, Person } from '../../../shared/caseFile/schema';
import type { CaseState } from '../../../shared/workflow/caseStates';

/** One field of a version of a case, as a person reads it on the form. */
export interface Line {
  key: string;
  label: string;
  value: string;
}

/** What of a version is compared: the record, and where it stands in the workflow. */
export interface Version {
  data?: CaseFile;
  state?: CaseState;
  reviewComment?: string;
  publishedTitle?: string;
}

/** A field that differs between the two versions, with both values. */
export interface Pair {
  key: string;
  label: string;
  here: string;
  theirs: string;
}

const PERSON_TEXT = ['fullName', 'birthDate', 'city', 'address', 'occupation', 'employer'] as const;
const PERSON_LISTS = ['otherNames', 'phones', 'emails', 'socialAccounts', 'documentNumbers'] as const;

function personLines(prefix: string, heading: string, person: Person, t: TFunction): Line[] {
  const label = (field: string) => `${heading}: ${t(`form.${field}`)}`;
  return [
    ...PERSON_TEXT.map((f) => ({ key: `${prefix}.${f}`, label: label(f), value: person[f] ?? '' })),
    { key: `${prefix}.gender`, label: label('gender'), value: person.gender ? t(`form.${person.gender}`) : '' },
    ...PERSON_LISTS.map((f) => ({ key: `${prefix}.${f}`, label: label(f), value: (person[f] ?? []).join('\n') })),
  ];
}

/** Every field of a version in the form's order, labelled as the form labels it; the story's text is compared apart. */
export function versionLines(version: Version, t: TFunction): Line[] {
  const lines: Line[] = [];
  if (version.state) lines.push({ key: 'state', label: t('cases.state'), value: t(`state.${version.state}`) });
  lines.push({ key: 'reviewComment', label: t('conflict.reviewComment'), value: version.reviewComment ?? '' });
  const data = version.data;
  if (data) {
    lines.push(...personLines('subject', t('form.subject'), data.subject, t));
    (data.relatives ?? []).forEach((r, i) => {
      const heading = t('form.relativeN', { n: i + 1 });
      lines.push({ key: `relatives.${i}.relation`, label: `${heading}: ${t('form.relation')}`, value: r.relation }, ...personLines(`relatives.${i}`, heading, r, t));
    });
    lines.push({ key: 'articles', label: t('form.articles'), value: (data.legal?.articles ?? []).join(', ') });
    (data.legal?.events ?? []).forEach((e, i) => {
      const value = [e.date, t(`eventKind.${e.kind}`), e.place, e.note].filter(Boolean).join(' · ');
      lines.push({ key: `events.${i}`, label: t('form.eventN', { n: i + 1 }), value });
    });
    (data.needs ?? []).forEach((n, i) => {
      lines.push({ key: `needs.${i}`, label: t('form.needN', { n: i + 1 }), value: `${n.amount.toLocaleString()} ${n.currency}${n.purpose?.trim() ? ` — ${n.purpose}` : ''}` });
    });
    lines.push({ key: 'storyTitle', label: t('form.storyTitle'), value: data.story?.title ?? '' });
  }
  if (version.publishedTitle !== undefined) lines.push({ key: 'publishedTitle', label: t('redaction.publishedTitle'), value: version.publishedTitle });
  return lines;
}

/**
 * The fields that differ, in the order of the version here (then those only theirs has), and
 * how many are the same. A field one version lacks counts as empty there.
 */
export function differingLines(here: Line[], theirs: Line[]): { pairs: Pair[]; same: number } {
  const theirsByKey = new Map(theirs.map((l) => [l.key, l]));
  const hereKeys = new Set(here.map((l) => l.key));
  const all = [...here, ...theirs.filter((l) => !hereKeys.has(l.key))];
  const pairs: Pair[] = [];
  let same = 0;
  for (const line of all) {
    const mine = hereKeys.has(line.key) ? line.value : '';
    const other = theirsByKey.get(line.key)?.value ?? '';
    if (mine === other) {
      if (mine) same++;
    } else pairs.push({ key: line.key, label: line.label, here: mine, theirs: other });
  }
  return { pairs, same };
}
