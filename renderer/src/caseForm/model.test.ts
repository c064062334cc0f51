import { describe, expect, it } from 'vitest';
import { emptyCase, emptyPerson, fromDraft, validate, type CaseForm } from './model';

const form = (patch: Partial<CaseForm>): CaseForm => ({ ...emptyCase(), subject: { ...emptyPerson(), fullName: 'Ihar Hleb' }, ...patch });

describe('the case form saves what is valid while a field is not', () => {
  it('normalises local dates and amounts', () => {
    const { data, errors } = validate(
      form({
        subject: { ...emptyPerson(), fullName: 'Ihar Hleb', birthDate: '14.03.1992' },
        needs: [{ amount: '1 100,50', currency: 'eur', purpose: 'lawyer' }],
      }),
    );
    expect(errors).toEqual({});
    expect(data?.subject.birthDate).toBe('1992-03-14');
    expect(data?.needs).toEqual([{ amount: 1100.5, currency: 'EUR', purpose: 'lawyer' }]);
  });

  it('marks an impossible date and keeps every other field', () => {
    const { data, errors } = validate(form({ subject: { ...emptyPerson(), fullName: 'Ihar Hleb', birthDate: '31.02.1992', city: 'Hrodna' }, text: 'story' }));
    expect(Object.keys(errors)).toEqual(['subject.birthDate']);
    expect(data?.subject).toEqual({ fullName: 'Ihar Hleb', city: 'Hrodna' });
    expect(data?.story?.text).toBe('story');
  });

  it('leaves out a need whose amount is not a number, and keeps the others', () => {
    const { data, errors } = validate(
      form({ needs: [{ amount: 'ten', currency: 'EUR', purpose: 'food' }, { amount: '20', currency: 'EUR', purpose: 'stamps' }] }),
    );
    expect(Object.keys(errors)).toEqual(['needs.0.amount']);
    expect(data?.needs).toEqual([{ amount: 20, currency: 'EUR', purpose: 'stamps' }]);
  });

  it('cannot save a case without the person’s name', () => {
    const { data, errors } = validate({ ...emptyCase(), text: 'typed' });
    expect(data).toBeNull();
    expect(Object.keys(errors)).toEqual(['subject.fullName']);
  });
});

describe('the form as typed, kept beside the record', () => {
  it('comes back exactly, with any field added since then empty', () => {
    const typed = form({ subject: { ...emptyPerson(), fullName: 'Ihar Hleb', birthDate: '31.13.1990' } });
    expect(fromDraft(JSON.stringify(typed))).toEqual(typed);
    const { text: _dropped, ...older } = typed;
    expect(fromDraft(JSON.stringify(older))?.text).toBe('');
  });

  it('is ignored when it is not a form', () => {
    expect(fromDraft('not json')).toBeNull();
    expect(fromDraft('{"x":1}')).toBeNull();
  });
});
