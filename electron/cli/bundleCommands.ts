import { english } from '../../shared/errors';
import { inspectBundle, receiveBundle } from '../core/bundles/receive';
import { BundleRefused } from '../core/bundles/refusal';
import { sendBundle } from '../core/bundles/send';
import { command } from './command';
import { UNLOCK, withUnlocked } from './vaultCommands';

export const bundleSend = command({
  usage: 'bundle send DIR --to FP --out FILE [--publication] CASE_ID…',
  summary: 'seal cases (or decisions on them, or with --publication their approved publications) for a trusted contact, signed by you; verified after writing',
  positional: { min: 2, max: Number.POSITIVE_INFINITY },
  options: [...UNLOCK, '--to', '--out'],
  flags: ['--publication'],
  exits: { 0: 'written and verified', 2: 'bad input, cannot unlock, or nothing written' },
  async run({ positional: [dir, ...caseIds], options, flags }) {
    const to = options['--to'];
    const out = options['--out'];
    if (!to || !out) throw new Error('--to FP and --out FILE are required; usage: bundle send DIR --to FP --out FILE [--publication] CASE_ID…');
    return withUnlocked(dir!, options, (vault) => {
      const report = sendBundle(vault, { to: [to], caseIds, file: out, publication: flags['--publication'] });
      const what = { review: 'case(s) for review', decision: 'decision(s)', publication: 'approved publication(s)' }[report.purpose];
      return { code: 0, stdout: `bundle ${report.bundleId}: ${report.cases} ${what}, ${report.bytes} bytes, written to ${report.file} and read back intact` };
    });
  },
});

export const bundleReceive = command({
  usage: 'bundle receive DIR FILE',
  summary: 'verify a bundle and merge it; prints the cases added, updated, or kept in two versions',
  positional: { min: 2 },
  options: UNLOCK,
  flags: [],
  exits: { 0: 'merged', 1: 'refused (damaged, not for this vault, unknown or revoked sender, replayed, older than what is here)', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir, file], options }) {
    return withUnlocked(dir!, options, (vault) => {
      try {
        const report = receiveBundle(vault, file!);
        const lines = [
          `bundle ${report.bundleId} from ${report.from.name} (${report.from.fingerprint}) merged:`,
          ...report.added.map((id) => `  added    ${id}`),
          ...report.updated.map((id) => `  updated  ${id}`),
          ...report.conflicts.map((id) => `  kept in two versions (changed here too; choose one in the app)  ${id}`),
          ...report.ignored.map((c) => `  not taken in: deleted here on ${c.deletedAt}, a bundle does not bring it back  ${c.id}`),
          ...report.publications.map((id) => `  approved publication  ${id} (safehold publication list / export)`),
        ];
        return { code: 0, stdout: lines.join('\n') };
      } catch (error) {
        if (error instanceof BundleRefused) return { code: 1, stderr: `safehold bundle receive: refused: ${error.message}` };
        throw error;
      }
    });
  },
});

export const bundleInspect = command({
  usage: 'bundle inspect DIR FILE',
  summary: 'say whether FILE is a bundle for this vault and who signed it, without merging',
  positional: { min: 2 },
  options: UNLOCK,
  flags: [],
  exits: { 0: 'a bundle for this vault', 1: 'not a bundle for this vault (or damaged)', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir, file], options }) {
    return withUnlocked(dir!, options, (vault) => {
      const { forThisVault, signer, problem } = inspectBundle(vault, file!);
      if (!forThisVault || !signer) return { code: 1, stdout: `not a bundle for this vault: ${problem ? english(problem) : 'unknown reason'}` };
      const who = { trusted: 'a trusted contact', revoked: 'a REVOKED contact: receiving it will be refused', unknown: 'NOT a contact of this vault: receiving it will be refused' }[signer.status];
      return { code: 0, stdout: [`a bundle for this vault, signed by ${signer.name}, ${who}`, `fingerprint: ${signer.fingerprint}`].join('\n') };
    });
  },
});
