/**
 * Named moments inside the vault's multi-file writes (a key rotation), where the crash tests
 * (tests/crash) stop a child process with SIGKILL to prove that every such moment leaves a
 * vault that opens. Nothing in the app sets a hook, so in the app each point costs one check.
 */
let hook: ((point: string) => void) | null = null;

export function setCrashHook(fn: ((point: string) => void) | null): void {
  hook = fn;
}

export function crashPoint(name: string): void {
  hook?.(name);
}
