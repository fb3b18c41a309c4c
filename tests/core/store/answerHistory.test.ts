import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveVersion, versionsOf } from '../../../core/store/answerHistory';
import type { AnswerStore } from '../../../core/store/answerStore';
import type { StoredAnswerRecord } from '../../../core/store/lessonData';
import type { ProfileSession } from '../../../core/store/profileSession';
import { newStore, removeDir, tempDir } from './storeHelpers';

let dataDir: string;
let store: AnswerStore;
let session: ProfileSession;
beforeEach(async () => {
  dataDir = await tempDir('answer-history');
  store = newStore(dataDir);
  session = await store.session('default');
});
afterEach(async () => {
  await store.close();
  await removeDir(dataDir);
});

const monthFiles = (): Promise<string[]> =>
  readdir(join(dataDir, 'profiles', 'default', 'history', 'lesson-a')).catch(() => [] as string[]);

const note = (value: string, updatedAt: string): StoredAnswerRecord => ({ type: 'short-text', value, updatedAt });

describe('keeping a replaced answer', () => {
  it('files it under the month it was saved in, not the month it was replaced in', async () => {
    await archiveVersion(
      session,
      'lesson-a',
      'note',
      note('old', '2026-01-31T23:00:00.000Z'),
      '2026-03-02T09:00:00.000Z',
      true,
    );
    expect(await monthFiles()).toEqual(['2026-01.gw']);
  });

  it.each([
    ['empty', ''],
    ['with a character before the year', 'x2026-01-31T23:00:00.000Z'],
    ['with a one-digit month', '2026-1'],
  ])('files it under the month it was replaced in when its saved time is %s', async (_name, updatedAt) => {
    await archiveVersion(session, 'lesson-a', 'note', note('old', updatedAt), '2026-03-02T09:00:00.000Z', true);
    expect(await monthFiles()).toEqual(['2026-03.gw']);
    expect(await versionsOf(session, 'lesson-a', 'note')).toEqual([
      { value: 'old', type: 'short-text', updatedAt, replacedAt: '2026-03-02T09:00:00.000Z' },
    ]);
  });
});

describe('earlier versions of an answer', () => {
  it('are listed newest first, within one month and across months', async () => {
    const keep = (value: string, updatedAt: string, replacedAt: string) =>
      archiveVersion(session, 'lesson-a', 'note', note(value, updatedAt), replacedAt, true);
    await keep('first', '2026-02-27T08:00:00.000Z', '2026-03-01T08:00:00.000Z');
    await keep('second', '2026-03-01T08:00:00.000Z', '2026-03-02T08:00:00.000Z');
    await keep('third', '2026-03-02T08:00:00.000Z', '2026-03-03T08:00:00.000Z');
    await archiveVersion(
      session,
      'lesson-a',
      'story',
      note('other', '2026-03-02T09:00:00.000Z'),
      '2026-03-03T09:00:00.000Z',
      true,
    );

    const values = (await versionsOf(session, 'lesson-a', 'note')).map((v) => v.value);
    expect(values).toEqual(['third', 'second', 'first']);
    await store.close();
    store = newStore(dataDir);
    session = await store.session('default');
    expect((await versionsOf(session, 'lesson-a', 'note')).map((v) => v.value)).toEqual(['third', 'second', 'first']);
  });
});
