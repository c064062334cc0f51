import { checkLeaks, redactStory, scanStory, scanWarnings } from '../../shared/redaction';
import { readCaseFile } from '../core/caseFiles/readCaseFile';
import { readRegularFile } from '../core/files/regularFile';
import type { CommandResult } from './result';

function parse(args: string[], positional: number): { files: string[]; json: boolean } {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknown = files.find((a) => a.startsWith('--'));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  if (files.length !== positional) throw new Error(`expected ${positional} file argument(s), got ${files.length}`);
  return { files, json };
}

export function redactCommand(args: string[]): CommandResult {
  const { files, json } = parse(args, 1);
  const caseFile = readCaseFile(files[0]!);
  const result = redactStory(caseFile);
  if (json) {
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
}

export function scanCommand(args: string[]): CommandResult {
  const { files, json } = parse(args, 1);
  const caseFile = readCaseFile(files[0]!);
  const findings = scanStory(caseFile);
  const warnings = scanWarnings(caseFile.story?.text ?? '');
  if (json) return { code: 0, stdout: JSON.stringify({ findings, warnings }) };
  const lines = findings.map((f) => `${String(f.start).padStart(6)}-${String(f.end).padEnd(6)} ${f.category.padEnd(10)} ${f.source.padEnd(8)} ${JSON.stringify(f.original)} → ${JSON.stringify(f.replacement)}`);
  lines.push(...warnings.map((w) => `${String(w.start).padStart(6)}-${String(w.end).padEnd(6)} warning    ${JSON.stringify(w.text)} ${w.message}`));
  return { code: 0, stdout: lines.length ? lines.join('\n') : 'no findings' };
}

export function checkCommand(args: string[]): CommandResult {
  const { files, json } = parse(args, 2);
  const caseFile = readCaseFile(files[0]!);
  const text = readRegularFile(files[1]!);
  const report = checkLeaks(caseFile, text);
  const code = report.direct.length ? 1 : 0;
  if (json) return { code, stdout: JSON.stringify(report) };
  const line = (h: (typeof report.direct)[number]) => `${h.kind.padEnd(6)} ${String(h.start).padStart(6)}-${String(h.end).padEnd(6)} ${h.category.padEnd(10)} ${JSON.stringify(h.text)} matches ${JSON.stringify(h.identifier)}`;
  const out = [...report.direct.map(line), ...report.quasi.map(line)];
  out.push(report.direct.length ? `${report.direct.length} direct identifier(s) found: this text must not be published.` : 'no direct identifier found.');
  return { code, stdout: out.join('\n') };
}
