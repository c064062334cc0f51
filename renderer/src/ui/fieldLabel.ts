import type { TFunction } from 'i18next';

/** A group of fields by its name in a schema path, and what its labels are called on the form. */
const GROUPS: Record<string, string> = { subject: 'form.subject', legal: 'form.legal', story: 'form.story', relatives: 'form.relativeN', events: 'form.eventN', needs: 'form.needN' };
/** A field by its name in a schema path (inside a group where the same name differs: `events.date`). */
const FIELDS: Record<string, string> = {
  fullName: 'form.fullName', otherNames: 'form.otherNames', birthDate: 'form.birthDate', gender: 'form.gender', city: 'form.city', address: 'form.address',
  occupation: 'form.occupation', employer: 'form.employer', phones: 'form.phones', emails: 'form.emails', socialAccounts: 'form.socialAccounts',
  documentNumbers: 'form.documentNumbers', relation: 'form.relation', articles: 'form.articles', amount: 'form.amount', currency: 'form.currency',
  purpose: 'form.purpose', 'events.date': 'form.eventDate', 'events.kind': 'form.eventKind', 'events.place': 'form.eventPlace', 'events.note': 'form.eventNote',
  'story.title': 'form.storyTitle', 'story.text': 'form.storyText', autoLockMinutes: 'prefs.autoLock', language: 'prefs.language',
};

// A label's example in brackets ("Relation (wife, son, mother…)") helps at the field, not in a message.
const withoutExample = (label: string) => label.replace(/\s*\([^)]*\)$/, '');

/**
 * A schema's dotted path (`relatives.0.phones`) as the form's labels name it, in the person's
 * language ("Relative 1 — Phone numbers"): a name no label has stays as it is.
 */
export function fieldLabel(path: string, t: TFunction): string {
  const parts: string[] = [];
  let group = '';
  const segments = path.split('.');
  segments.forEach((segment, i) => {
    if (/^\d+$/.test(segment)) return;
    const numbered = /^\d+$/.test(segments[i + 1] ?? '');
    const groupKey = GROUPS[segment];
    if (groupKey && (numbered || !['relatives', 'events', 'needs'].includes(segment))) {
      parts.push(withoutExample(t(groupKey, { n: numbered ? Number(segments[i + 1]) + 1 : undefined })));
      group = segment;
      return;
    }
    const key = FIELDS[`${group}.${segment}`] ?? FIELDS[segment];
    parts.push(key ? withoutExample(t(key)) : segment);
  });
  return parts.join(' — ');
}
