#!/usr/bin/env node
// The package's `safehold` command (`npx safehold …`): runs the built command line. It is a
// committed file, not dist/ itself, so that npx can link it before the first build and the
// command then says what to do instead of "not found".
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli/safehold.cjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('safehold: the command line is not built yet; run npm run build first.');
  process.exit(2);
}
createRequire(import.meta.url)(cli);
