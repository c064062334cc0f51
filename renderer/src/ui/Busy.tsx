/** Long work (key derivation, rotation, backup): a visible, announced progress indicator. */
export function Busy({ label, done, total }: { label: string; done?: number; total?: number }) {
  const determinate = done !== undefined && total !== undefined && total > 0;
  return (
    <div className="busy" role="status" aria-live="polite">
      <progress {...(determinate ? { value: done, max: total } : {})} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}
