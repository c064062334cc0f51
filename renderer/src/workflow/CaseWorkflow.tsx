import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { Flush } from '../ui/useAutosave';
import { useLoad } from '../ui/useLoad';
import { RedactionScreen } from './RedactionScreen';
import { ReviewScreen } from './ReviewScreen';
import { can, type Role } from '../../../shared/workflow/policy';

interface Props {
  api: SafeholdApi;
  id: string;
  mode: 'redact' | 'review';
  roles: readonly Role[];
  registerFlush: (flush: Flush | null) => void;
  onBack: () => void;
}

/** Loads one case for the redaction editor or the review, and keeps it current after each step. */
export function CaseWorkflow({ api, id, mode, roles, registerFlush, onBack }: Props) {
  const { t } = useTranslation();
  const load = useCallback(() => api.cases.get({ id }), [api, id]);
  const { value: record, error, setValue: setRecord } = useLoad(load);
  const pending = useRef<Flush | null>(null);
  const register = useCallback(
    (flush: Flush | null) => {
      pending.current = flush;
      registerFlush(flush);
    },
    [registerFlush],
  );

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!record) return <p role="status">{t('form.loading')}</p>;
  const editable = can(roles, 'redaction.save', record.state);
  return (
    <div>
      <div className="workflow-bar">
        <button type="button" onClick={() => void (pending.current?.('leave') ?? Promise.resolve(true)).then((fine) => fine && onBack())}>
          {t('form.back')}
        </button>
        <span className={`badge state-${record.state}`}>{t(`state.${record.state}`)}</span>
      </div>
      {mode === 'redact' && editable ? (
        <RedactionScreen api={api} record={record} onChanged={setRecord} registerFlush={register} />
      ) : (
        <ReviewScreen api={api} record={record} canReview={can(roles, 'case.approve')} canExport={can(roles, 'case.publish')} onChanged={setRecord} />
      )}
    </div>
  );
}
