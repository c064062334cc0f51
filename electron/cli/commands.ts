/** The commands of ../shared/CONTRACT.md, in the order `--help` lists them. */
export interface CommandSpec {
  /** One or two words, as typed: `redact`, `vault init`. */
  name: string;
  usage: string;
  summary: string;
}

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'redact', usage: 'redact CASE.json [--json]', summary: 'print the story with every default redaction applied' },
  { name: 'check', usage: 'check CASE.json TEXT.txt [--json]', summary: 'look for any protected identifier of the case in a text' },
  { name: 'scan', usage: 'scan CASE.json [--json]', summary: 'list every finding in the story with its suggested replacement' },
  { name: 'vault init', usage: 'vault init DIR --user NAME', summary: 'create an empty vault with NAME as admin' },
  { name: 'vault verify', usage: 'vault verify DIR', summary: 'check every record, the index and the audit chain' },
  { name: 'case import', usage: 'case import DIR CASE.json…', summary: 'import case files into a vault' },
  { name: 'case list', usage: 'case list DIR [--json]', summary: 'list the cases of a vault' },
  { name: 'vault reviewers', usage: 'vault reviewers DIR [--json]', summary: "print the reviewers' public keys and fingerprints, for the publishing side" },
  { name: 'export verify', usage: 'export verify DIR [--public-key KEY | --vault VAULT]', summary: 'verify a publication export folder and who approved it' },
];
