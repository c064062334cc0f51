import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { CaseRecordView } from '../../../shared/ipc/vaultSchemas';
import { RedactionScreen } from './RedactionScreen';
import { ReviewScreen } from './ReviewScreen';

type CaseView = z.infer<typeof CaseRecordView>;

interface Props {
  api: SafeholdApi;
  id: string;
  mode: 'redact' | 'review';
  roles: string[];
  onBack: () => void;
}

/** Loads one case for the redaction editor or the review, and keeps it current after each step. */
export function CaseWorkflow({ api, id, mode, roles, onBack }: Props) {
  const { t } = useTranslation();
  const [record, setRecord] = useState<CaseView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api.cases.get({ id }).then((r) => {
      if (!live) return;
      if (r.ok) setRecord(r.value);
      else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [api, id]);

  if (error) return <p className="error" role="alert">{error}</p>;
  if (!record) return <p role="status">{t('form.loading')}</p>;
  const canRedact = roles.includes('intake') || roles.includes('admin');
  const editable = canRedact && ['draft', 'redaction', 'changes-requested', 'approved', 'exported'].includes(record.state);
  return (
    <div>
      <div className="workflow-bar">
        <button type="button" onClick={onBack}>
          {t('form.back')}
        </button>
        <span className={`badge state-${record.state}`}>{t(`state.${record.state}`)}</span>
      </div>
      {mode === 'redact' && editable ? (
        <RedactionScreen api={api} record={record} onChanged={setRecord} />
      ) : (
        <ReviewScreen api={api} record={record} canReview={roles.includes('reviewer')} canExport={roles.includes('reviewer') || roles.includes('admin')} onChanged={setRecord} />
      )}
    </div>
  );
}
