import { describe, expect, it } from 'vitest';
import { decode } from '../../../core/store/encryptedFile';
import { EnvelopeError, KEY_BYTES, newDataKey, seal, sealedVersion, unseal } from '../../../core/store/envelope';
import { lessonFileType, LESSON_FILE_VERSION } from '../../../core/store/lessonData';

/**
 * The encrypted file format every profile file uses, byte by byte: what it
 * refuses and why (issue 17: mutants the store's own tests left alive). The
 * header is magic (4), version (2), length (4), iv (12), tag (16).
 */
const key = newDataKey();
const plain = Buffer.from('{"words":"kept private"}');
const sealed = (version = 3, label = 'lesson:a'): Buffer => seal(key, version, label, plain);

function problemOf(run: () => unknown): { problem: string; version: number | null } {
  try {
    run();
  } catch (error) {
    if (error instanceof EnvelopeError) return { problem: error.problem, version: error.version };
    throw error;
  }
  throw new Error('not refused');
}

describe('a sealed file', () => {
  it('opens with its key and label, and keeps nothing of the words in the clear', () => {
    const bytes = sealed();
    expect(unseal(key, 'lesson:a', bytes, 3).equals(plain)).toBe(true);
    expect(bytes.includes('kept private')).toBe(false);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('GWE1');
    expect(bytes.length).toBe(38 + plain.length);
    expect(key.length).toBe(KEY_BYTES);
  });

  it('is sealed afresh each time: the same words never give the same bytes', () => {
    expect(sealed().equals(sealed())).toBe(false);
    expect(newDataKey().equals(newDataKey())).toBe(false);
  });

  it('names its version without the key, and an unknown file has none', () => {
    expect(sealedVersion(sealed(7))).toBe(7);
    expect(sealedVersion(sealed(7).subarray(0, 6))).toBe(7);
    expect(sealedVersion(sealed(7).subarray(0, 5))).toBeNull();
    expect(sealedVersion(Buffer.from('{"schemaVersion":2}'))).toBeNull();
  });

  it('holds empty content too: a header and nothing after it', () => {
    const empty = seal(key, 3, 'lesson:a', Buffer.alloc(0));
    expect(empty).toHaveLength(38);
    expect(unseal(key, 'lesson:a', empty, 3)).toHaveLength(0);
  });

  it('opens a file of an older version than the reader knows', () => {
    expect(unseal(key, 'lesson:a', sealed(2), 3).equals(plain)).toBe(true);
  });
});

describe('a sealed file is refused', () => {
  it.each([
    [
      'with another label (a file copied over another)',
      () => unseal(key, 'lesson:b', sealed(), 3),
      'authentication',
      3,
    ],
    ['with another key', () => unseal(newDataKey(), 'lesson:a', sealed(), 3), 'authentication', 3],
    ['from a newer version, naming it', () => unseal(key, 'lesson:a', sealed(4), 3), 'newer-version', 4],
    ['cut inside the magic', () => unseal(key, 'lesson:a', sealed().subarray(0, 3), 3), 'truncated', null],
    ['empty', () => unseal(key, 'lesson:a', Buffer.alloc(0), 3), 'truncated', null],
    ['cut inside the header', () => unseal(key, 'lesson:a', sealed().subarray(0, 37), 3), 'truncated', null],
    ['cut inside the words', () => unseal(key, 'lesson:a', sealed().subarray(0, 39), 3), 'truncated', 3],
    ['with bytes added', () => unseal(key, 'lesson:a', Buffer.concat([sealed(), Buffer.from('x')]), 3), 'garbage', 3],
    ['with short bytes not ours', () => unseal(key, 'lesson:a', Buffer.from('{}'), 3), 'garbage', null],
    ['with other bytes', () => unseal(key, 'lesson:a', Buffer.from('{"not":"ours","at":"all"}'), 3), 'garbage', null],
  ])('%s', (_name, run, problem, version) => {
    expect(problemOf(run)).toEqual({ problem, version });
  });

  it.each([
    ['its version (to an older one)', 5, 2, 'authentication', 1],
    ['its length (to a longer one)', 9, 0x80, 'truncated', 3],
    ['its length (to a shorter one)', 9, 0x08, 'garbage', 3],
    ['its iv', 12, 0x01, 'authentication', 3],
    ['its tag', 30, 0x01, 'authentication', 3],
  ])('when %s was edited', (_name, at, flip, problem, version) => {
    const bytes = sealed();
    bytes[at] = (bytes[at] ?? 0) ^ flip;
    expect(problemOf(() => unseal(key, 'lesson:a', bytes, 3))).toEqual({ problem, version });
    expect(() => unseal(key, 'lesson:a', bytes, 3)).toThrow(`encrypted file problem: ${problem}`);
  });
});

describe('decoding a stored file', () => {
  const spec = { path: '', label: 'lesson:a', type: lessonFileType };
  const file = { schemaVersion: LESSON_FILE_VERSION, lessonId: 'a', answers: {}, setAside: [] };
  const sealFile = (json: unknown, version = LESSON_FILE_VERSION): Buffer =>
    seal(key, version, 'lesson:a', Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)));

  it('gives the data and the version it was at', () => {
    expect(decode(spec, key, sealFile(file))).toEqual({ data: file, from: LESSON_FILE_VERSION });
  });

  it.each([
    ['not JSON inside', sealFile('{ not json'), 'shape', /not JSON inside/],
    [
      'a version inside other than the sealed one',
      sealFile({ ...file, schemaVersion: 2 }),
      'shape',
      /versions disagree/,
    ],
    ['a wrong shape', sealFile({ ...file, answers: [] }), 'shape', /./],
    ['a sealed version too old to read', sealFile({ ...file, schemaVersion: 1 }, 1), 'shape', /too old/],
    ['another label', seal(key, LESSON_FILE_VERSION, 'lesson:b', Buffer.from('{}')), 'authentication', /./],
  ])('refuses %s', (_name, bytes, problem, words) => {
    expect(() => decode(spec, key, bytes)).toThrow(
      expect.objectContaining({ problem, message: expect.stringMatching(words) }),
    );
  });

  it('names the version of a file from a newer Groundwork', () => {
    const newer = sealFile({ ...file, schemaVersion: 9 }, 9);
    expect(() => decode(spec, key, newer)).toThrow(expect.objectContaining({ problem: 'newer-version', version: 9 }));
  });
});
