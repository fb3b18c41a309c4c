import type { ExerciseRef } from '../../../common/exercises';
import { AnswerStore } from '../../../core/store/answerStore';

/**
 * The process the kill test SIGKILLs: saves answers as fast as it can and prints
 * one line per save once the store has acknowledged it ("<lesson> <exercise> <n>").
 * Arguments: the data folder and the first counter value.
 */
const [dataDir = '', first = '0'] = process.argv.slice(2);
const store = new AnswerStore(dataDir, { defaultProfile: true });
let n = Number(first);
for (;;) {
  const lessonId = `lesson-${n % 3}`;
  const exercise: ExerciseRef = { id: `ex-${n % 4}`, type: 'long-text', label: 'Answer' };
  await store.save('default', lessonId, exercise, `v${n} ${'words I typed '.repeat(n % 20)}`);
  process.stdout.write(`${lessonId} ${exercise.id} ${n}\n`);
  n += 1;
}
