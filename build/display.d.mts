// Types of build/display.mjs, for the tests that import it.
export function missingDisplay(platform: NodeJS.Platform, env: Record<string, string | undefined>): string | null;
