import { SafeholdError, textOf, type ErrorText } from '../../../shared/errors';
import type { KdfParams } from './sodium';

const MiB = 1024 * 1024;

/**
 * What a slot's Argon2id settings may be, read from the plain vault header. The floor is
 * libsodium's "interactive" level (2 passes, 64 MiB): below it, a copied disk could be guessed
 * at cheaply. The ceiling keeps a crafted header from hanging the app for minutes or
 * exhausting memory: 1 GiB (libsodium's "sensitive" level) and 4 GiB·passes of work, about
 * ten seconds on a slow laptop.
 */
export interface KdfRange {
  minOpslimit: number;
  minMemlimit: number;
  maxOpslimit: number;
  maxMemlimit: number;
  maxWork: number;
}

export const PRODUCTION_KDF_RANGE: KdfRange = {
  minOpslimit: 2,
  minMemlimit: 64 * MiB,
  maxOpslimit: 32,
  maxMemlimit: 1024 * MiB,
  maxWork: 4096 * MiB,
};

/**
 * The range a vault accepts: production's, widened only down to settings the app itself was
 * given (the test suites' tiny Argon2). A header can never widen it.
 */
export function kdfRange(appSettings?: KdfParams): KdfRange {
  if (!appSettings) return PRODUCTION_KDF_RANGE;
  return {
    ...PRODUCTION_KDF_RANGE,
    minOpslimit: Math.min(PRODUCTION_KDF_RANGE.minOpslimit, appSettings.opslimit),
    minMemlimit: Math.min(PRODUCTION_KDF_RANGE.minMemlimit, appSettings.memlimit),
  };
}

/** Refuses settings outside `range`, before any hashing is done, naming what is wrong. */
export function checkKdfSettings(params: KdfParams, range: KdfRange, what: ErrorText): void {
  const mib = (bytes: number) => Math.round((bytes / MiB) * 100) / 100;
  const passes = params.opslimit;
  const memory = mib(params.memlimit);
  const problems: ErrorText[] = [];
  if (params.opslimit < range.minOpslimit) problems.push(textOf('kdf.passesBelow', { passes, minimum: range.minOpslimit }));
  if (params.memlimit < range.minMemlimit) problems.push(textOf('kdf.memoryBelow', { memory, minimum: mib(range.minMemlimit) }));
  if (params.opslimit > range.maxOpslimit) problems.push(textOf('kdf.passesAbove', { passes, maximum: range.maxOpslimit }));
  if (params.memlimit > range.maxMemlimit) problems.push(textOf('kdf.memoryAbove', { memory, maximum: mib(range.maxMemlimit) }));
  if (params.opslimit * params.memlimit > range.maxWork) problems.push(textOf('kdf.workAbove', { passes, memory, maximum: mib(range.maxWork) }));
  if (problems.length) {
    throw new SafeholdError('vault.kdfChanged', { what, problems });
  }
}

/** Argon2id memory for new slots: 256 MiB, or less where the machine is short of memory. */
export const TARGET_MEMLIMIT = 256 * MiB;

/**
 * The memory a new slot's Argon2id uses on this machine: 256 MiB when that is at most an
 * eighth of the machine's memory and a half of what is free now, halved until it is, and
 * never below the floor of 64 MiB (a machine with less free memory swaps for a second).
 */
export function chooseMemlimit(totalMemory: number, freeMemory: number): number {
  let memlimit = TARGET_MEMLIMIT;
  while (memlimit > PRODUCTION_KDF_RANGE.minMemlimit && (memlimit > totalMemory / 8 || memlimit > freeMemory / 2)) memlimit /= 2;
  return memlimit;
}
