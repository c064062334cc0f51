import { describe, expect, it } from 'vitest';
import { CaseFile } from '../caseFile/schema';
import { PreferencesPatch } from '../prefs/schema';
import { english, ENGLISH_TEMPLATES, ERROR_KEYS, SafeholdError, schemaIssues, textOf } from '.';

describe('SafeholdError', () => {
  it('carries its key, parameters and coarse code, and words its message in English from the template', () => {
    const error = new SafeholdError('case.notFound', { id: 'c-7' });
    expect(error).toMatchObject({ code: 'not-found', key: 'case.notFound', params: { id: 'c-7' }, message: 'There is no case c-7 in this vault.' });
    expect(error).toBeInstanceOf(Error);
  });

  it('words nested messages and lists in the same message', () => {
    const error = new SafeholdError('vault.kdfChanged', {
      what: textOf('part.userSlot', { id: 's1' }),
      problems: [textOf('kdf.passesBelow', { passes: 1, minimum: 3 }), textOf('kdf.memoryAbove', { memory: 2048, maximum: 1024 })],
    });
    expect(error.message).toBe(
      'The Argon2id settings of the user slot s1 in vault.json were changed or damaged: 1 passes is below the minimum of 3; 2048 MiB of memory is above the maximum of 1024 MiB. Restore vault.json from a backup.',
    );
    expect(new SafeholdError('bundle.unresolved', { cases: ['c-1', 'c-2'] }).message).toBe('Resolve the two versions of c-1, c-2 before sending.');
  });

  it('checks its parameters against the English template at compile time (tsc -b runs these lines)', () => {
    const compileOnly = () => {
      // @ts-expect-error a key with a blank needs its parameter
      void new SafeholdError('case.notFound');
      // @ts-expect-error a misnamed parameter
      void new SafeholdError('case.notFound', { name: 'x' });
      // @ts-expect-error a parameter a template has no blank for
      void new SafeholdError('vault.locked', { id: 'x' });
      // @ts-expect-error a part of a message is never thrown on its own
      void new SafeholdError('part.case', { id: 'x' });
      // @ts-expect-error the coarse code is not a key
      void new SafeholdError('locked');
    };
    expect(compileOnly).toBeTypeOf('function');
    expect(new SafeholdError('vault.locked').params).toEqual({});
  });

  it('gives every key one template whose blanks are plain names', () => {
    expect(new Set(ERROR_KEYS).size).toBe(ERROR_KEYS.length);
    for (const key of ERROR_KEYS) {
      const template = ENGLISH_TEMPLATES[key];
      expect(template.replace(/\{\{\w+\}\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });
});

describe('schema issues', () => {
  const issuesOf = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error('expected a refusal');
    return schemaIssues(parsed.error as Parameters<typeof schemaIssues>[0]);
  };

  it('become keys by zod issue code and field, never by zod English', () => {
    const issues = issuesOf(CaseFile, {
      format: 'case-file/1',
      subject: { fullName: '  ', birthDate: '31.02.1992' },
      needs: [{ amount: -5, currency: 'euro' }],
    });
    expect(issues).toEqual([
      { path: 'subject.fullName', key: 'schema.required', params: {} },
      { path: 'subject.birthDate', key: 'schema.date', params: {} },
      { path: 'needs.0.amount', key: 'schema.amount', params: {} },
      { path: 'needs.0.currency', key: 'schema.currency', params: {} },
    ]);
    expect(issuesOf(CaseFile, { format: 'case-file/1', subject: { fullName: 'A', birthDate: '2023-13-01' } })).toEqual([{ path: 'subject.birthDate', key: 'schema.realDate', params: {} }]);
    expect(issuesOf(PreferencesPatch, { autoLockMinutes: 500 })).toEqual([{ path: 'autoLockMinutes', key: 'schema.tooBig', params: { maximum: 120 } }]);
    expect(issuesOf(PreferencesPatch, { autoLockMinutes: 'ten' })).toEqual([{ path: 'autoLockMinutes', key: 'schema.expectedNumber', params: {} }]);
  });

  it('fill the {{issues}} blank, naming each field', () => {
    const issues = issuesOf(CaseFile, { format: 'case-file/1', subject: { fullName: 'A', birthDate: '1.1.90' } });
    expect(new SafeholdError('caseFile.invalid', { file: 'bad.json', issues }).message).toBe('bad.json: subject.birthDate: expected YYYY-MM-DD or YYYY');
    expect(english(new SafeholdError('case.importRefused', { problems: [new SafeholdError('caseFile.invalid', { file: 'a.json', issues }).text] }).text)).toBe(
      'a.json: subject.birthDate: expected YYYY-MM-DD or YYYY',
    );
  });
});
