export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
  met?: boolean;
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * The fastest run: other processes on the machine only ever add time to a run, so the minimum is
 * the figure a busy machine distorts least.
 */
export function fastest(samples: number[]): number {
  return Math.min(...samples);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Runs `fn` `runs` times after `warmup` runs and returns each run's milliseconds. */
export function time(fn: () => void, runs: number, warmup = 1): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));
