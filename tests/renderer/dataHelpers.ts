import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnswerStore } from '../../core/store/answerStore';

/**
 * A lesson's saved answers as they are on disk, read with the store's own reader
 * (the files are encrypted, so there is nothing to read by hand). Opens the
 * profile read-only beside the running host, which holds the writer lock.
 */
export async function readSavedAnswers(
  dataDir: string,
  profileId: string,
  lessonId: string,
): Promise<Record<string, { value: unknown }>> {
  const store = new AnswerStore(dataDir);
  try {
    const lesson = await (await store.session(profileId)).lesson(lessonId);
    return lesson.data.answers;
  } finally {
    await store.close();
  }
}

/** Every file under the data folder that contains `text` in plain bytes (UTF-8). */
export async function filesContaining(dataDir: string, text: string): Promise<string[]> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const hits: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if ((await readFile(path)).includes(Buffer.from(text, 'utf8'))) hits.push(path);
  }
  return hits;
}
