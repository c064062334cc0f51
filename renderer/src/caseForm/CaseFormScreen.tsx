import { useCallback, useEffect, useRef, useState } from 'react';
import { useFieldArray, useForm, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { EVENT_KINDS } from '../../../shared/caseFile/schema';
import type { ErrorKey, ErrorText } from '../../../shared/errors';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseView } from '../../../shared/ipc/vaultSchemas';
import { ActionMessage } from '../ui/ActionMessage';
import { errorText, sayError } from '../ui/errorText';
import { Field } from '../ui/Field';
import { SaveIndicator } from '../ui/SaveIndicator';
import { useAction } from '../ui/useAction';
import { useAutosave, type Flush, type SaveState } from '../ui/useAutosave';
import { useConfirm } from '../ui/useConfirm';
import { useUndoRemove } from '../ui/useUndoRemove';
import { ConflictPanel } from '../workflow/ConflictPanel';
import { parseAmount } from './localFormats';
import { emptyCase, emptyPerson, fromCaseFile, fromDraft, validate, type CaseForm } from './model';

interface Props {
  api: SafeholdApi;
  caseId: string | null;
  readOnly: boolean;
  /** An administrator may erase the case from the vault (the core checks it again). */
  canDelete: boolean;
  /** After the case was erased; `name` is the person's name, to say which case it was. */
  onDeleted: (name: string) => void;
  /** Lets the app save what is pending before it locks or moves on. */
  registerFlush: (flush: Flush | null) => void;
  onBack: () => void;
  onWorkflow: (id: string, mode: 'redact' | 'review') => void;
}

/** The form's own wording for what the shared schema finds wrong with a field; anything else as the core words it. */
const FORM_TEXT: Partial<Record<ErrorKey, string>> = {
  'schema.date': 'form.errors.date',
  'schema.realDate': 'form.errors.date',
  'schema.required': 'form.errors.required',
  'schema.currency': 'form.errors.currency',
  'schema.amount': 'form.errors.amount',
};

function useErrorText() {
  const { t } = useTranslation();
  return (problem: ErrorText | undefined) => {
    if (!problem) return undefined;
    const own = FORM_TEXT[problem.key];
    return own ? t(own) : sayError(problem, t);
  };
}

/**
 * Every field of case-file/1. Each change is saved, encrypted, within a second. A field the
 * schema refuses is marked and left out of that save while everything else is saved; it only
 * blocks sending the case on to redaction.
 */
export function CaseFormScreen({ api, caseId, readOnly, canDelete, onDeleted, registerFlush, onBack, onWorkflow }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorText();
  const { register, control, watch, reset, getValues } = useForm<CaseForm>({ defaultValues: emptyCase() });
  const relatives = useFieldArray({ control, name: 'relatives' });
  const events = useFieldArray({ control, name: 'events' });
  const needs = useFieldArray({ control, name: 'needs' });
  const { ask, dialog } = useConfirm();
  const undo = useUndoRemove();
  const deleteAction = useAction();
  const [loaded, setLoaded] = useState(caseId === null);
  const [errors, setErrors] = useState<Record<string, ErrorText>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const idRef = useRef<string | null>(caseId);
  const versionRef = useRef(0);
  /** The case while a bundle left it in two versions: shown side by side, the form not editable until one is kept. */
  const [conflicted, setConflicted] = useState<CaseView | null>(null);
  const [resolved, setResolved] = useState(false);
  const locked = readOnly || conflicted !== null;

  useEffect(() => {
    if (!caseId) return;
    void api.cases.get({ id: caseId }).then((result) => {
      if (result.ok) {
        versionRef.current = result.value.version;
        setConflicted(result.value.conflict ? result.value : null);
        const typed = result.value.formDraft === undefined ? null : fromDraft(result.value.formDraft);
        reset(typed ?? fromCaseFile(result.value.data));
        if (typed) setErrors(validate(typed).errors);
        setLoaded(true);
      } else setFailure(errorText(result.error, t));
    });
  }, [api, caseId, reset, t]);

  const save = useCallback(async (): Promise<SaveState> => {
    const { data, errors: found } = validate(getValues());
    setErrors(found);
    if (!data) return 'incomplete';
    // While a field is marked, the form as typed is kept too, so that nothing typed is lost.
    const formDraft = Object.keys(found).length ? { formDraft: JSON.stringify(getValues()) } : {};
    const result = idRef.current
      ? await api.cases.save({ id: idRef.current, version: versionRef.current, data, ...formDraft })
      : await api.cases.create({ data, ...formDraft });
    if (!result.ok) {
      setFailure(errorText(result.error, t));
      return 'failed';
    }
    idRef.current = result.value.id;
    versionRef.current = result.value.version;
    setFailure(null);
    return Object.keys(found).length ? 'incomplete' : 'saved';
  }, [api, getValues, t]);

  const autosave = useAutosave(save);
  const { schedule, flush } = autosave;

  /** Saves first; only a case that cannot be saved at all (no name yet) asks before leaving. */
  const leave = useCallback<Flush>(async (reason) => {
    await flush();
    if (reason === 'lock' || readOnly || idRef.current || JSON.stringify(getValues()) === JSON.stringify(emptyCase())) return true;
    return ask({ title: t('form.leaveTitle'), body: <p>{t('form.leaveUnnamed')}</p>, confirm: t('form.leaveAnyway'), danger: true });
  }, [ask, flush, getValues, readOnly, t]);

  useEffect(() => {
    registerFlush(locked ? null : leave);
    return () => registerFlush(null);
  }, [leave, locked, registerFlush]);

  useEffect(() => {
    if (!loaded || locked) return;
    const subscription = watch(() => schedule());
    return () => subscription.unsubscribe();
  }, [loaded, locked, schedule, watch]);

  const needsValues = watch('needs');
  const totals = new Map<string, number>();
  for (const n of needsValues) {
    const amount = parseAmount(n.amount);
    if (n.currency && Number.isFinite(amount)) totals.set(n.currency.toUpperCase(), (totals.get(n.currency.toUpperCase()) ?? 0) + amount);
  }

  if (!loaded) return failure ? <p className="error" role="alert">{failure}</p> : <p role="status">{t('form.loading')}</p>;

  const err = (key: string) => errorMessage(errors[key]);
  const marked = Object.keys(errors).length > 0;
  const go = (next: () => void) => void leave('leave').then((fine) => fine && next());

  const deleteCase = async () => {
    // What is pending is saved first, so the version confirmed is the one erased.
    await flush();
    const id = idRef.current;
    if (!id) return;
    const name = getValues('subject.fullName').trim();
    const title = getValues('title').trim();
    const yes = await ask({
      title: t('form.deleteTitle'),
      body: (
        <>
          <p className="confirm-what">{title ? t('form.deleteWhich', { name, title }) : t('form.deleteWhichUntitled', { name })}</p>
          <p>{t('form.deleteBody')}</p>
        </>
      ),
      confirm: t('form.deleteConfirm'),
      danger: true,
    });
    if (!yes) return;
    const done = await deleteAction.run(() => api.cases.delete({ id, version: versionRef.current }));
    if (!done) return;
    // Nothing is left to save: the form is let go without its flush.
    registerFlush(null);
    onDeleted(name);
  };

  return (
    <section aria-labelledby="form-title" className="case-form">
      <div className="page-head">
        <h1 id="form-title">{idRef.current ? t('form.titleEdit') : t('form.titleNew')}</h1>
        <div className="head-actions">
          <SaveIndicator state={autosave.state} reason={failure} />
          {idRef.current && !readOnly && (
            <button type="button" aria-describedby={marked ? 'form-marked' : conflicted ? 'conflict-title' : undefined} disabled={marked || conflicted !== null} onClick={() => go(() => onWorkflow(idRef.current!, 'redact'))}>
              {t('form.redact')}
            </button>
          )}
          {idRef.current && (
            <button type="button" onClick={() => go(() => onWorkflow(idRef.current!, 'review'))}>
              {t('form.review')}
            </button>
          )}
          <button type="button" onClick={() => go(onBack)}>
            {t('form.back')}
          </button>
        </div>
      </div>
      {marked && (
        <p id="form-marked" className="warning">
          {t('form.markedHelp', { count: Object.keys(errors).length })}
        </p>
      )}
      {dialog}
      {undo.bar}
      {conflicted && (
        <ConflictPanel
          api={api}
          record={conflicted}
          canResolve={!readOnly}
          onResolved={(record) => {
            versionRef.current = record.version;
            const typed = record.formDraft === undefined ? null : fromDraft(record.formDraft);
            reset(typed ?? fromCaseFile(record.data));
            setConflicted(null);
            setResolved(true);
          }}
        />
      )}
      {resolved && (
        <p role="status" className="status">
          {t('conflict.resolved')}
        </p>
      )}
      <form onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset disabled={locked}>
          <fieldset className="card">
            <legend>{t('form.subject')}</legend>
            <PersonFields prefix="subject" register={register} err={err} />
          </fieldset>

          <fieldset className="card">
            <legend>{t('form.relatives')}</legend>
            {relatives.fields.length === 0 && <p className="muted">{t('form.noRelatives')}</p>}
            {relatives.fields.map((field, i) => (
              <fieldset key={field.id} className="repeat">
                <legend>{t('form.relativeN', { n: i + 1 })}</legend>
                <Field label={t('form.relation')} error={err(`relatives.${i}.relation`)}>
                  {(p) => <input {...p} {...register(`relatives.${i}.relation`)} />}
                </Field>
                <PersonFields prefix={`relatives.${i}`} register={register} err={err} />
                <button type="button" className="danger-link" onClick={() => {
                  const value = getValues(`relatives.${i}`);
                  relatives.remove(i);
                  undo.remember(t('form.relativeN', { n: i + 1 }), () => relatives.insert(i, value));
                }}>
                  {t('form.removeRelative', { n: i + 1 })}
                </button>
              </fieldset>
            ))}
            <button type="button" onClick={() => relatives.append({ relation: '', ...emptyPerson() })}>
              {t('form.addRelative')}
            </button>
          </fieldset>

          <fieldset className="card">
            <legend>{t('form.legal')}</legend>
            <Field label={t('form.articles')} help={t('form.articlesHelp')} error={err('articles')}>
              {(p) => <input {...p} {...register('articles')} />}
            </Field>
            {events.fields.map((field, i) => (
              <fieldset key={field.id} className="repeat grid-4">
                <legend>{t('form.eventN', { n: i + 1 })}</legend>
                <Field label={t('form.eventDate')} help={t('form.dateHelp')} error={err(`events.${i}.date`)}>
                  {(p) => <input {...p} {...register(`events.${i}.date`)} placeholder="14.03.2023" />}
                </Field>
                <Field label={t('form.eventKind')}>
                  {(p) => (
                    <select {...p} {...register(`events.${i}.kind`)}>
                      {EVENT_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`eventKind.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('form.eventPlace')} error={err(`events.${i}.place`)}>
                  {(p) => <input {...p} {...register(`events.${i}.place`)} />}
                </Field>
                <Field label={t('form.eventNote')} error={err(`events.${i}.note`)}>
                  {(p) => <input {...p} {...register(`events.${i}.note`)} />}
                </Field>
                <button type="button" className="danger-link" onClick={() => {
                  const value = getValues(`events.${i}`);
                  events.remove(i);
                  undo.remember(t('form.eventN', { n: i + 1 }), () => events.insert(i, value));
                }}>
                  {t('form.removeEvent', { n: i + 1 })}
                </button>
              </fieldset>
            ))}
            <button type="button" onClick={() => events.append({ date: '', kind: 'detention', place: '', note: '' })}>
              {t('form.addEvent')}
            </button>
          </fieldset>

          <fieldset className="card">
            <legend>{t('form.story')}</legend>
            <Field label={t('form.storyTitle')} error={err('title')}>
              {(p) => <input {...p} {...register('title')} />}
            </Field>
            <Field label={t('form.storyText')} help={t('form.storyHelp')} error={err('text')}>
              {(p) => <textarea {...p} {...register('text')} rows={14} />}
            </Field>
          </fieldset>

          <fieldset className="card">
            <legend>{t('form.needs')}</legend>
            {needs.fields.map((field, i) => (
              <fieldset key={field.id} className="repeat grid-3">
                <legend>{t('form.needN', { n: i + 1 })}</legend>
                <Field label={t('form.amount')} error={err(`needs.${i}.amount`)}>
                  {(p) => <input {...p} {...register(`needs.${i}.amount`)} inputMode="decimal" />}
                </Field>
                <Field label={t('form.currency')} error={err(`needs.${i}.currency`)}>
                  {(p) => <input {...p} {...register(`needs.${i}.currency`)} maxLength={3} placeholder="EUR" />}
                </Field>
                <Field label={t('form.purpose')} error={err(`needs.${i}.purpose`)}>
                  {(p) => <input {...p} {...register(`needs.${i}.purpose`)} />}
                </Field>
                <button type="button" className="danger-link" onClick={() => {
                  const value = getValues(`needs.${i}`);
                  needs.remove(i);
                  undo.remember(t('form.needN', { n: i + 1 }), () => needs.insert(i, value));
                }}>
                  {t('form.removeNeed', { n: i + 1 })}
                </button>
              </fieldset>
            ))}
            <button type="button" onClick={() => needs.append({ amount: '', currency: 'EUR', purpose: '' })}>
              {t('form.addNeed')}
            </button>
            <p className="total" aria-live="polite">
              {t('form.total')}: {totals.size ? [...totals].map(([c, v]) => `${v.toLocaleString()} ${c}`).join(' + ') : '—'}
            </p>
          </fieldset>
        </fieldset>
      </form>
      {canDelete && idRef.current && (
        <section className="card danger-zone" aria-labelledby="delete-title">
          <h2 id="delete-title">{t('form.deleteHeading')}</h2>
          <p className="muted">{t('form.deleteHelp')}</p>
          <button type="button" className="danger" onClick={() => void deleteCase()} disabled={deleteAction.busy} aria-describedby="delete-result">
            {t('form.delete')}
          </button>
          <div id="delete-result">
            <ActionMessage result={deleteAction.result} />
          </div>
        </section>
      )}
    </section>
  );
}

function PersonFields({ prefix, register, err }: { prefix: 'subject' | `relatives.${number}`; register: UseFormRegister<CaseForm>; err: (key: string) => string | undefined }) {
  const { t } = useTranslation();
  const text = (name: string, label: string, help?: string) => (
    <Field label={label} help={help} error={err(`${prefix}.${name}`)}>
      {(p) => <input {...p} {...register(`${prefix}.${name}` as never)} />}
    </Field>
  );
  const list = (name: string, label: string) => (
    <Field label={label} help={t('form.onePerLine')} error={err(`${prefix}.${name}`)}>
      {(p) => <textarea {...p} {...register(`${prefix}.${name}` as never)} rows={2} />}
    </Field>
  );
  return (
    <div className="grid-2">
      {text('fullName', t('form.fullName'))}
      {list('otherNames', t('form.otherNames'))}
      {text('birthDate', t('form.birthDate'), t('form.dateHelp'))}
      <Field label={t('form.gender')}>
        {(p) => (
          <select {...p} {...register(`${prefix}.gender` as never)}>
            <option value="">{t('form.genderUnknown')}</option>
            <option value="female">{t('form.female')}</option>
            <option value="male">{t('form.male')}</option>
            <option value="other">{t('form.other')}</option>
          </select>
        )}
      </Field>
      {text('city', t('form.city'))}
      {text('address', t('form.address'))}
      {text('occupation', t('form.occupation'))}
      {text('employer', t('form.employer'))}
      {list('phones', t('form.phones'))}
      {list('emails', t('form.emails'))}
      {list('socialAccounts', t('form.socialAccounts'))}
      {list('documentNumbers', t('form.documentNumbers'))}
    </div>
  );
}
