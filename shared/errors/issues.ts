import type { z } from 'zod';
import { textOf, type ErrorText, type SchemaIssue } from './text';

/** At most this many fields are named: enough to act on, short enough to read. */
const MAX_ISSUES = 5;

const DATE_FIELDS = new Set(['birthDate', 'date']);

const EXPECTED: Record<string, ErrorText> = {
  string: textOf('schema.expectedText'),
  number: textOf('schema.expectedNumber'),
  int: textOf('schema.expectedWholeNumber'),
  array: textOf('schema.expectedList'),
  object: textOf('schema.expectedGroup'),
  boolean: textOf('schema.expectedYesNo'),
};

const bound = (value: number | bigint) => Number(value);

/** What is wrong with one field, by zod's issue code and the field's name: never by zod's English. */
function problem(issue: z.core.$ZodIssue): ErrorText {
  const field = String(issue.path.at(-1) ?? '');
  if (field === 'amount' && (issue.code === 'invalid_type' || issue.code === 'too_small')) return textOf('schema.amount');
  switch (issue.code) {
    case 'invalid_type':
      return EXPECTED[issue.expected] ?? textOf('schema.invalid');
    case 'too_big':
      if (issue.origin === 'string') return textOf('schema.tooLong', { maximum: bound(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return textOf('schema.tooMany', { maximum: bound(issue.maximum) });
      return textOf('schema.tooBig', { maximum: bound(issue.maximum) });
    case 'too_small':
      if (issue.origin === 'string') return bound(issue.minimum) <= 1 ? textOf('schema.required') : textOf('schema.tooShort', { minimum: bound(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return textOf('schema.tooFew', { minimum: bound(issue.minimum) });
      return textOf('schema.tooSmall', { minimum: bound(issue.minimum) });
    case 'invalid_format':
      if (DATE_FIELDS.has(field)) return textOf('schema.date');
      if (field === 'currency') return textOf('schema.currency');
      return textOf('schema.format');
    case 'custom':
      return DATE_FIELDS.has(field) ? textOf('schema.realDate') : textOf('schema.invalid');
    case 'invalid_value':
      return textOf('schema.notAllowed');
    case 'unrecognized_keys':
      return textOf('schema.unknownFields', { fields: issue.keys.slice(0, MAX_ISSUES) });
    default:
      return textOf('schema.invalid');
  }
}

/**
 * The fields a schema refused, each as a key of the table: `prefix` names what was parsed. A
 * message names the first few; a form that marks every field asks for all (`limit`).
 */
export function schemaIssues(error: z.ZodError, prefix = '', limit = MAX_ISSUES): SchemaIssue[] {
  const byPath = new Map<string, SchemaIssue>();
  for (const issue of error.issues) {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    // A field refused twice (a malformed date is no real date either) is named once, for its first reason.
    if (!byPath.has(path)) byPath.set(path, { path, ...problem(issue) });
  }
  return [...byPath.values()].slice(0, limit);
}
