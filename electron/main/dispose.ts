/**
 * What an installer hands back: it undoes exactly what the installer did (listeners off,
 * shortcut released, timer stopped). The shell runs them when it quits; tests run them to
 * prove nothing is left behind.
 */
export type Dispose = () => void;

/** One disposer for several, run in reverse order of installation. */
export const disposeAll = (disposers: readonly Dispose[]): Dispose => () => {
  for (const dispose of [...disposers].reverse()) dispose();
};
