import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { EnvelopeError, seal, unseal } from '../store/envelope';

/** scrypt cost. The default takes about 0.4 s and 128 MiB here, which makes guessing slow. */
export interface KdfParams {
  N: number;
  r: number;
  p: number;
}

export const strongKdf: KdfParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * The most work any stored scrypt cost may ask for: what Groundwork itself writes
 * (strongKdf). Costs are read from files (profile.json, backup files), and scrypt
 * needs N * r * 128 bytes of memory and time in proportion to N * r * p, so a
 * crafted file could otherwise hold the app for minutes or claim gigabytes.
 */
export const kdfLimits = { maxN: strongKdf.N, maxR: strongKdf.r, maxP: strongKdf.p } as const;

/** True when a cost is one Groundwork could have written: N a power of two, nothing above kdfLimits. */
export function kdfWithinLimits(params: KdfParams): boolean {
  const { N, r, p } = params;
  const whole = [N, r, p].every((n) => Number.isSafeInteger(n) && n >= 1);
  return whole && N >= 2 && (N & (N - 1)) === 0 && N <= kdfLimits.maxN && r <= kdfLimits.maxR && p <= kdfLimits.maxP;
}

/** Thrown before any work is done when a cost is out of bounds. */
export class KdfLimitError extends Error {
  constructor(params: KdfParams) {
    super(`scrypt cost N=${params.N} r=${params.r} p=${params.p} is beyond what Groundwork writes`);
    this.name = 'KdfLimitError';
  }
}

/** Derives a 32-byte key from a passcode (scrypt, a slow memory-hard KDF); refuses costs beyond kdfLimits. */
export function deriveKey(passcode: string, salt: Buffer, params: KdfParams): Promise<Buffer> {
  if (!kdfWithinLimits(params)) return Promise.reject(new KdfLimitError(params));
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(passcode.normalize('NFC'), salt, 32, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** A data key wrapped by a passcode; all fields base64 except the cost. */
export interface PasscodeWrap {
  kind: 'passcode';
  salt: string;
  kdf: KdfParams;
  wrapped: string;
}

const LABEL = 'groundwork:passcode-wrap';

/** Wraps a data key under a passcode, with a fresh salt. */
export async function wrapWithPasscode(dataKey: Buffer, passcode: string, kdf: KdfParams): Promise<PasscodeWrap> {
  const salt = randomBytes(16);
  const kek = await deriveKey(passcode, salt, kdf);
  return {
    kind: 'passcode',
    salt: salt.toString('base64'),
    kdf,
    wrapped: seal(kek, 1, LABEL, dataKey).toString('base64'),
  };
}

/** The data key, or null when the passcode is wrong (authentication fails; nothing else is revealed). */
export async function unwrapWithPasscode(wrap: PasscodeWrap, passcode: string): Promise<Buffer | null> {
  const kek = await deriveKey(passcode, Buffer.from(wrap.salt, 'base64'), wrap.kdf);
  try {
    return unseal(kek, LABEL, Buffer.from(wrap.wrapped, 'base64'), 1);
  } catch (error) {
    if (error instanceof EnvelopeError && error.problem === 'authentication') return null;
    throw error;
  }
}

/**
 * How long to wait before the next try after `failures` wrong passcodes in a row:
 * none for the first two slips, then 2 s, doubling to at most 5 minutes.
 */
export function lockoutMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5 * 60_000, 1_000 * 2 ** (failures - 2));
}
