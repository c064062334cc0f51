import type { CaseFile } from '../../../../shared/caseFile/schema';
import type { Finding } from '../../../../shared/redaction';

/** What the editor asks of the engine's worker. */
export type EngineRequest =
  | { type: 'open'; caseFile: CaseFile; original: string }
  | { type: 'scan'; seq: number; text: string }
  /** The opened story's findings, from which the editor's first marks are made. */
  | { type: 'story'; seq: number };

/** What the worker answers: a scan's (or the story's) findings, or that the Russian dictionaries failed to load. */
export type EngineAnswer =
  | { type: 'findings'; seq: number; findings: Finding[] }
  | { type: 'dictionaries'; ok: true; ms: number }
  | { type: 'dictionaries'; ok: false; message: string };
