import { checkLeaks, redactStory, scanStory, scanWarnings } from '../../shared/redaction';
import { readCaseFile } from '../core/caseFiles/readCaseFile';
import { readRegularFile } from '../core/files/regularFile';
import { requireRussianMorphology } from '../core/morphology/nodeDictionaries';
import { command } from './command';

export const redact = command({
  usage: 'redact CASE.json [--json]',
  summary: 'print the story with every default redaction applied',
  positional: { min: 1 },
  options: [],
  flags: ['--json'],
  exits: { 0: 'redacted', 2: 'bad input' },
  run({ positional: [file], flags }) {
    const caseFile = readCaseFile(file!);
    requireRussianMorphology(JSON.stringify(caseFile.story ?? {}));
    const result = redactStory(caseFile);
    if (flags['--json']) {
      return {
        code: 0,
        stdout: JSON.stringify({
          text: result.text,
          replacements: result.replacements.map(({ start, end, original, replacement, category, source }) => ({ start, end, original, replacement, category, source })),
          risk: result.risk,
        }),
      };
    }
    return { code: 0, stdout: result.text };
  },
});

export const scan = command({
  usage: 'scan CASE.json [--json]',
  summary: 'list every finding in the story with its suggested replacement',
  positional: { min: 1 },
  options: [],
  flags: ['--json'],
  exits: { 0: 'scanned', 2: 'bad input' },
  run({ positional: [file], flags }) {
    const caseFile = readCaseFile(file!);
    requireRussianMorphology(JSON.stringify(caseFile.story ?? {}));
    const findings = scanStory(caseFile);
    const warnings = scanWarnings(caseFile.story?.text ?? '');
    if (flags['--json']) return { code: 0, stdout: JSON.stringify({ findings, warnings }) };
    const lines = findings.map((f) => `${String(f.start).padStart(6)}-${String(f.end).padEnd(6)} ${f.category.padEnd(10)} ${f.source.padEnd(8)} ${JSON.stringify(f.original)} → ${JSON.stringify(f.replacement)}`);
    lines.push(...warnings.map((w) => `${String(w.start).padStart(6)}-${String(w.end).padEnd(6)} warning    ${JSON.stringify(w.text)} ${w.message}`));
    return { code: 0, stdout: lines.length ? lines.join('\n') : 'no findings' };
  },
});

export const check = command({
  usage: 'check CASE.json TEXT.txt [--json]',
  summary: 'look for any protected identifier of the case in a text',
  positional: { min: 2 },
  options: [],
  flags: ['--json'],
  exits: { 0: 'no direct identifier (quasi hits are still listed)', 1: 'a direct identifier found', 2: 'bad input' },
  run({ positional: [caseFileName, textFile], flags }) {
    const caseFile = readCaseFile(caseFileName!);
    const text = readRegularFile(textFile!);
    requireRussianMorphology(text);
    const report = checkLeaks(caseFile, text);
    const code = report.direct.length ? 1 : 0;
    if (flags['--json']) return { code, stdout: JSON.stringify(report) };
    const line = (h: (typeof report.direct)[number]) => `${h.kind.padEnd(6)} ${String(h.start).padStart(6)}-${String(h.end).padEnd(6)} ${h.category.padEnd(10)} ${JSON.stringify(h.text)} matches ${JSON.stringify(h.identifier)}`;
    const out = [...report.direct.map(line), ...report.quasi.map(line)];
    out.push(report.direct.length ? `${report.direct.length} direct identifier(s) found: this text must not be published.` : 'no direct identifier found.');
    return { code, stdout: out.join('\n') };
  },
});
