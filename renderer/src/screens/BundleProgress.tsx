import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeholdApi } from '../../../shared/ipc/api';
import type { BundleProgress as Step } from '../../../shared/ipc/exchangeSchemas';

/** Often enough for a bar that moves, rarely enough to leave the core its turns. */
const POLL_MS = 200;

/** While `active`, how far the send or receive under way is, as the core reports it. */
export function useBundleProgress(api: SafeholdApi, active: boolean): Step {
  const [step, setStep] = useState<Step>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    const poll = async () => {
      const answer = await api.bundles.progress();
      if (live && answer.ok) setStep(answer.value);
    };
    const timer = setInterval(() => void poll(), POLL_MS);
    void poll();
    return () => {
      live = false;
      clearInterval(timer);
      setStep(null);
    };
  }, [api, active]);
  return step;
}

/**
 * A bar that says how many cases are done ("Cases sealed: 3 of 40") to whoever looks at it
 * or reads it; a screen reader is told each new stage once, not every case.
 */
export function BundleProgress({ step, starting }: { step: Step; starting: string }) {
  const { t } = useTranslation();
  const label = step ? t(`bundles.progress.${step.stage}`, { done: step.done, total: step.total }) : starting;
  return (
    <div className="busy">
      <progress {...(step && step.total > 0 ? { value: step.done, max: step.total } : {})} aria-label={label} />
      <span aria-hidden="true">{label}</span>
      <span role="status" className="visually-hidden">
        {step ? t(`bundles.stage.${step.stage}`) : starting}
      </span>
    </div>
  );
}
