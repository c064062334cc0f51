import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Where an installed package's file is, resolved from this module. `__filename` exists in the
 * bundled command line and app (CommonJS), not where the e2e bridge runs the core as ESM under
 * Playwright's loader; there the working folder (the project's) resolves the same packages.
 */
export function resolvePackage(specifier: string): string {
  const base = typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
  return createRequire(base).resolve(specifier);
}
