import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmRequest {
  title: string;
  body: ReactNode;
  confirm: string;
  /** A confirmation that destroys or voids something is drawn as a danger. */
  danger?: boolean;
}

/**
 * A modal question before an action that cannot simply be taken back. The browser's own
 * modal dialog keeps focus inside, closes on Escape (as "no") and returns focus afterwards.
 */
export function useConfirm() {
  const [request, setRequest] = useState<(ConfirmRequest & { answer: (yes: boolean) => void }) | null>(null);
  const ask = useCallback((r: ConfirmRequest) => new Promise<boolean>((answer) => setRequest({ ...r, answer })), []);
  const close = (yes: boolean) => {
    request?.answer(yes);
    setRequest(null);
  };
  const dialog = request ? <ConfirmDialog request={request} onClose={close} /> : null;
  return { ask, dialog };
}

function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (yes: boolean) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={`${id}-title`}>{request.title}</h2>
      <div id={`${id}-body`}>{request.body}</div>
      <div className="actions">
        <button type="button" className={request.danger ? 'danger' : 'primary'} onClick={() => onClose(true)}>
          {request.confirm}
        </button>
        <button type="button" autoFocus onClick={() => onClose(false)}>
          {t('confirm.cancel')}
        </button>
      </div>
    </dialog>
  );
}
