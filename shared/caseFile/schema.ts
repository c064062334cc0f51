import { z } from 'zod';
import { StoryLanguage } from './storyLanguage';

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}-\d{2})?$/, 'expected YYYY-MM-DD or YYYY')
  .refine((value) => value.length === 4 || !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'not a real date');

const text = (max: number) => z.string().max(max);
const list = (max: number) => z.array(text(500)).max(max);

const personFields = {
  fullName: text(300).trim().min(1, 'must not be empty'),
  otherNames: list(100).optional(),
  birthDate: isoDate.optional(),
  gender: z.enum(['male', 'female', 'other']).optional(),
  city: text(200).optional(),
  address: text(500).optional(),
  occupation: text(200).optional(),
  employer: text(300).optional(),
  phones: list(50).optional(),
  emails: list(50).optional(),
  socialAccounts: list(50).optional(),
  documentNumbers: list(50).optional(),
};

export const Person = z.object(personFields);
export type Person = z.infer<typeof Person>;

export const Relative = z.object({ relation: text(100).min(1), ...personFields });
export type Relative = z.infer<typeof Relative>;

export const EVENT_KINDS = ['detention', 'search', 'trial', 'sentence', 'transfer', 'release', 'other'] as const;

export const LegalEvent = z.object({
  date: isoDate.optional(),
  kind: z.enum(EVENT_KINDS),
  place: text(300).optional(),
  note: text(2000).optional(),
});

/** `case-file/1` of ../shared/CONTRACT.md. Unknown keys are tolerated and ignored, as the contract asks. */
export const CaseFile = z.object({
  format: z.literal('case-file/1'),
  id: text(100).optional(),
  subject: Person,
  relatives: z.array(Relative).max(50).optional(),
  legal: z
    .object({
      articles: z.array(text(50)).max(50).optional(),
      events: z.array(LegalEvent).max(200).optional(),
    })
    .optional(),
  story: z.object({ title: text(500).optional(), text: text(2_000_000), language: StoryLanguage.optional() }).optional(),
  needs: z
    .array(z.object({ amount: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/, 'expected a currency code such as EUR'), purpose: text(1000).optional() }))
    .max(100)
    .optional(),
});
export type CaseFile = z.infer<typeof CaseFile>;
