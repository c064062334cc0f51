import { SafeholdError } from '../../../shared/errors';
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
export function checkKdfSettings(params: KdfParams, range: KdfRange, what: string): void {
  const mib = (bytes: number) => `${Math.round((bytes / MiB) * 100) / 100} MiB`;
  const problems: string[] = [];
  if (params.opslimit < range.minOpslimit) problems.push(`${params.opslimit} passes is below the minimum of ${range.minOpslimit}`);
  if (params.memlimit < range.minMemlimit) problems.push(`${mib(params.memlimit)} of memory is below the minimum of ${mib(range.minMemlimit)}`);
  if (params.opslimit > range.maxOpslimit) problems.push(`${params.opslimit} passes is above the maximum of ${range.maxOpslimit}`);
  if (params.memlimit > range.maxMemlimit) problems.push(`${mib(params.memlimit)} of memory is above the maximum of ${mib(range.maxMemlimit)}`);
  if (params.opslimit * params.memlimit > range.maxWork) problems.push(`${params.opslimit} passes over ${mib(params.memlimit)} is more work than the maximum of ${mib(range.maxWork)}·passes`);
  if (problems.length) {
    throw new SafeholdError('damaged', `The Argon2id settings of ${what} in vault.json were changed or damaged: ${problems.join('; ')}. Restore vault.json from a backup.`);
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
