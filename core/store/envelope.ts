import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The encrypted file format every profile file uses (AES-256-GCM, authenticated):
 *
 *   magic "GWE1" (4) | schemaVersion u16 | ciphertext length u32 | iv (12) | tag (16) | ciphertext
 *
 * The header is authenticated together with a label naming what the file is
 * (for example `lesson:how-stress-works`), so a file copied over another, or a
 * header edited to claim another version, fails authentication. The length lets a
 * cut-short file be told apart from one that was tampered with, and the version
 * is readable without the key, so a file from a newer Groundwork is recognised
 * (and never overwritten) even before it is decrypted.
 */

const MAGIC = Buffer.from('GWE1', 'latin1');
const HEADER_BYTES = 4 + 2 + 4 + 12 + 16;
export const KEY_BYTES = 32;

export type EnvelopeProblem = 'truncated' | 'garbage' | 'authentication' | 'newer-version';

/** Why an encrypted file could not be opened. The file itself is never changed when this is thrown. */
export class EnvelopeError extends Error {
  constructor(
    readonly problem: EnvelopeProblem,
    readonly version: number | null = null,
  ) {
    super(`encrypted file problem: ${problem}`);
    this.name = 'EnvelopeError';
  }
}

/** Encrypts `plain` under `key`, tagged with the data's schema version and what the file is. */
export function seal(key: Buffer, schemaVersion: number, label: string, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16BE(schemaVersion, 4);
  header.writeUInt32BE(plain.length, 6);
  iv.copy(header, 10);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.concat([header.subarray(0, 22), Buffer.from(label, 'utf8')]));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  cipher.getAuthTag().copy(header, 22);
  return Buffer.concat([header, body]);
}

/** The schema version a sealed file claims, or null when it is not one of ours. */
export function sealedVersion(bytes: Buffer): number | null {
  if (bytes.length < 6 || !bytes.subarray(0, 4).equals(MAGIC)) return null;
  return bytes.readUInt16BE(4);
}

/**
 * Decrypts a sealed file, refusing one that is cut short, is not ours, fails
 * authentication (wrong key, damage, tampering) or was written by a newer version.
 */
export function unseal(key: Buffer, label: string, bytes: Buffer, currentVersion: number): Buffer {
  if (bytes.length < 4) {
    throw new EnvelopeError(MAGIC.subarray(0, bytes.length).equals(bytes) ? 'truncated' : 'garbage');
  }
  if (!bytes.subarray(0, 4).equals(MAGIC)) throw new EnvelopeError('garbage');
  if (bytes.length < HEADER_BYTES) throw new EnvelopeError('truncated');
  const version = bytes.readUInt16BE(4);
  if (version > currentVersion) throw new EnvelopeError('newer-version', version);
  const length = bytes.readUInt32BE(6);
  const body = bytes.subarray(HEADER_BYTES);
  if (body.length < length) throw new EnvelopeError('truncated', version);
  if (body.length > length) throw new EnvelopeError('garbage', version);
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(10, 22));
  decipher.setAAD(Buffer.concat([bytes.subarray(0, 22), Buffer.from(label, 'utf8')]));
  decipher.setAuthTag(bytes.subarray(22, HEADER_BYTES));
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    throw new EnvelopeError('authentication', version);
  }
}

/** A fresh random data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}
