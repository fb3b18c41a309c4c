import { readFile } from 'node:fs/promises';
import { programSchema, type Program } from '../../common/programSchema';
import { createI18n } from '../../common/i18n/createI18n';
import { ApiFailure } from '../../common/result';

const { t } = createI18n();

/**
 * Reads the program file (module overviews and suggested schedules). A missing
 * file means no program, which is not an error: a clinic may ship lessons only.
 */
export async function loadProgram(path: string | undefined): Promise<Program> {
  if (path === undefined) return { modules: [], schedules: [] };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { modules: [], schedules: [] };
    throw error;
  }
  const parsed = programSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiFailure(
      'internal',
      t('errors.programInvalid', { path, field: issue?.path.join('.'), reason: issue?.message }),
    );
  }
  return parsed.data;
}
