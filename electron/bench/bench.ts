import path from 'node:path';
import { languageBench } from './languageBench';
import { bundleBench } from './bundleBench';
import { dictionaryBench } from './dictionaryBench';
import { redactionBench } from './redactionBench';
import { vaultBench } from './vaultBench';
import type { Figure } from './measure';

// `npm run bench`: figures, not pass/fail tests; targets are printed beside them.
const json = process.argv.includes('--json');
const fixtures = path.resolve(process.env.SAFEHOLD_FIXTURES ?? 'tests/fixtures');

async function main() {
  // The vault runs first, so that its memory figure is not the redaction bench's.
  const vault = await vaultBench(fixtures);
  // The dictionaries next, before any scan has loaded one.
  const dictionaries = await dictionaryBench();
  const sections: Record<string, Figure[]> = { dictionaries, redaction: redactionBench(fixtures), languages: languageBench(fixtures), vault, bundles: await bundleBench(fixtures) };
  print(sections);
}

function print(sections: Record<string, Figure[]>) {
  if (json) {
    process.stdout.write(`${JSON.stringify({ node: process.version, sections })}\n`);
    return;
  }
  for (const [section, figures] of Object.entries(sections)) {
    console.log(`\n${section}`);
    for (const f of figures) {
      const target = f.target ? `  target ${f.target} ${f.met ? '(met)' : '(NOT met)'}` : '';
      console.log(`  ${f.name.padEnd(62)} ${String(f.value).padStart(9)} ${f.unit}${target}`);
    }
  }
}

void main();
