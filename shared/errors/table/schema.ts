import type { Table } from './entry';

/** What is wrong with one field a schema refused (issues.ts picks the row by zod's issue code and the field). */
export const SCHEMA = {
  'schema.required': { en: 'must not be empty' },
  'schema.tooLong': { en: 'too long: at most {{maximum}} characters' },
  'schema.tooShort': { en: 'too short: at least {{minimum}} characters' },
  'schema.tooMany': { en: 'too many entries: at most {{maximum}}' },
  'schema.tooFew': { en: 'too few entries: at least {{minimum}}' },
  'schema.tooBig': { en: 'too big: at most {{maximum}}' },
  'schema.tooSmall': { en: 'too small: at least {{minimum}}' },
  'schema.date': { en: 'expected YYYY-MM-DD or YYYY' },
  'schema.realDate': { en: 'not a real date' },
  'schema.currency': { en: 'expected a currency code such as EUR' },
  'schema.amount': { en: 'expected an amount of 0 or more' },
  'schema.format': { en: 'not in the expected format' },
  'schema.expectedText': { en: 'expected text' },
  'schema.expectedNumber': { en: 'expected a number' },
  'schema.expectedWholeNumber': { en: 'expected a whole number' },
  'schema.expectedList': { en: 'expected a list' },
  'schema.expectedGroup': { en: 'expected a group of fields' },
  'schema.expectedYesNo': { en: 'expected true or false' },
  'schema.notAllowed': { en: 'not one of the allowed values' },
  'schema.unknownFields': { en: 'unknown fields: {{fields}}' },
  'schema.invalid': { en: 'not valid' },
} as const satisfies Table;
