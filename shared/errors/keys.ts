import { ERRORS } from './table';
import type { ErrorKey } from './text';

/** Every key of the table, for schemas that check a key that crossed IPC. */
export const ERROR_KEYS = Object.keys(ERRORS) as [ErrorKey, ...ErrorKey[]];

/** The English wording of every key, as the renderer's translations hold theirs. */
export const ENGLISH_TEMPLATES = Object.fromEntries(Object.entries(ERRORS).map(([key, entry]) => [key, entry.en])) as Record<ErrorKey, string>;
