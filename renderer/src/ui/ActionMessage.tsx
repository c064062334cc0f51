import type { ActionResult } from './useAction';

/** The result of an action, next to the button that started it, read out as it appears. */
export function ActionMessage({ result }: { result: ActionResult | null }) {
  return (
    <p className={result ? (result.ok ? 'status' : 'error') : 'sr-only'} role={result?.ok === false ? 'alert' : 'status'} aria-live={result?.ok === false ? 'assertive' : 'polite'}>
      {result?.text ?? ''}
    </p>
  );
}
