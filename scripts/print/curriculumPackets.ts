import { join } from 'node:path';
import type { LessonListItem } from '../../common/api';
import type { LessonLanguage } from '../../common/language';
import { moduleOrder } from '../../common/moduleOrder';
import { Curriculum } from '../../core/curriculum/curriculum';
import { loadProgram } from '../../core/program/loadProgram';
import type { PacketLesson } from '../../core/worksheet/renderWorksheet';

/** A blank packet: a module's worksheets, or the whole curriculum's. */
export interface BlankPacket {
  /** The module id, or "all-lessons". */
  name: string;
  entries: PacketLesson[];
}

/**
 * The blank packet of each module and of the whole curriculum, with modules in the
 * program's order and lessons in their module's order. Lessons compile into
 * `cacheDir`, in `language` (English where a lesson has no such version); lessons that fail to compile are left out (the curriculum check reports them).
 */
export async function curriculumPackets(
  root: string,
  cacheDir: string,
  language: LessonLanguage = 'en',
): Promise<BlankPacket[]> {
  const curriculum = new Curriculum([{ dir: join(root, 'curriculum/lessons'), label: 'curriculum/lessons' }], cacheDir);
  const program = await loadProgram(join(root, 'curriculum/program.json'), language);
  const lessons = (await curriculum.list(language)).filter(
    (l): l is Extract<LessonListItem, { status: 'ok' }> => l.status === 'ok',
  );
  const entry = async (id: string): Promise<PacketLesson> => {
    const lesson = await curriculum.open(id, language);
    return { lesson, modulePath: curriculum.cache.modulePath(lesson.hash) ?? '', answers: {} };
  };
  const modules: BlankPacket[] = [];
  for (const module of moduleOrder(
    program,
    lessons.map((l) => l.module),
  )) {
    const ids = lessons.filter((l) => l.module === module).map((l) => l.id);
    modules.push({ name: module, entries: await Promise.all(ids.map(entry)) });
  }
  return [...modules, { name: 'all-lessons', entries: modules.flatMap((m) => m.entries) }];
}
