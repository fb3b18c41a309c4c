import type { Program } from './programSchema';

/**
 * Module ids in the program's order (curriculum/program.json); modules the program
 * does not list (a clinic's own, or one added before the program file names it)
 * come after, alphabetically, so the order never depends on which lesson loaded first.
 */
export function moduleOrder(
  program: { modules: readonly Pick<Program['modules'][number], 'id'>[] },
  moduleIds: Iterable<string>,
): string[] {
  const rank = new Map(program.modules.map((m, index) => [m.id, index]));
  const last = program.modules.length;
  return [...new Set(moduleIds)].sort((a, b) => (rank.get(a) ?? last) - (rank.get(b) ?? last) || a.localeCompare(b));
}
