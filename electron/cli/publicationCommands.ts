import { exportReceivedPublication, listPublications } from '../core/bundles/publications';
import { command } from './command';
import { UNLOCK, withUnlocked } from './vaultCommands';

export const publicationList = command({
  usage: 'publication list DIR [--json]',
  summary: 'list the approved publications this vault received in bundles (they are not cases)',
  positional: { min: 1 },
  options: UNLOCK,
  flags: ['--json'],
  exits: { 0: 'listed', 2: 'bad input or cannot unlock' },
  async run({ positional: [dir], options, flags }) {
    return withUnlocked(dir!, options, (vault) => {
      const publications = listPublications(vault);
      if (flags['--json']) return { code: 0, stdout: JSON.stringify(publications) };
      if (!publications.length) return { code: 0, stdout: 'no publication was received in this vault' };
      return {
        code: 0,
        stdout: publications
          .map((p) => [`${p.publicationId}  ${p.title}`, `  approved ${p.approvedAt} by ${p.reviewer ?? 'a reviewer no longer trusted here'} (key ${p.reviewerKey}), case reference ${p.caseRef}`, `  received ${p.receivedAt} from ${p.from} (${p.fingerprint})`].join('\n'))
          .join('\n'),
      };
    });
  },
});

export const publicationExport = command({
  usage: 'publication export DIR PUBLICATION_ID --out FOLDER',
  summary: 'write a received publication as export writes it (story.md, story.html, story.json) into a new or empty folder',
  positional: { min: 2 },
  options: [...UNLOCK, '--out'],
  flags: [],
  exits: { 0: 'written', 2: 'bad input, cannot unlock, or not written' },
  async run({ positional: [dir, publicationId], options }) {
    const out = options['--out'];
    if (!out) throw new Error('--out FOLDER is required; usage: publication export DIR PUBLICATION_ID --out FOLDER');
    return withUnlocked(dir!, options, (vault) => {
      const { files } = exportReceivedPublication(vault, publicationId!, out);
      return { code: 0, stdout: [`publication ${publicationId} written and read back intact:`, ...files.map((f) => `  ${f}`)].join('\n') };
    });
  },
});
