import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule in eslint.config.js: the renderer and lesson components
 * import only common/ and curriculum/, and common/ imports only itself. These
 * lint made-up files at real paths, so the rule is checked, not the code base.
 */

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages of the import rule for `code` as if it were the file at `path`. */
async function importProblems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('refuses the Node side in the renderer and in lesson components, types included', async () => {
    expect(
      await importProblems(
        'renderer/presenter/Example.ts',
        "import { exportFacilitatorGuide } from '../../core/presenter/guideExport';\nexport const a = exportFacilitatorGuide;\n",
      ),
    ).toEqual([expect.stringContaining('import only common/ and curriculum/')]);
    expect(
      await importProblems(
        'curriculum/components/exercises/Example.ts',
        "import type { Curriculum } from '../../../core/curriculum/curriculum';\nexport type A = Curriculum;\n",
      ),
    ).toHaveLength(1);
    expect(
      await importProblems('renderer/Example.ts', "import { readFile } from 'node:fs';\nexport const a = readFile;\n"),
    ).toEqual([expect.stringContaining('cannot use Node')]);
  });

  it('allows the renderer common/ and curriculum/, and keeps common/ to itself', async () => {
    expect(
      await importProblems(
        'renderer/presenter/Example.ts',
        "import { splitSections } from '../../common/presenter/sections';\nimport { lessonComponents } from '../../curriculum/components';\nexport const a = [splitSections, lessonComponents];\n",
      ),
    ).toEqual([]);
    expect(
      await importProblems(
        'common/presenter/Example.ts',
        "import { lessonComponents } from '../../curriculum/components';\nexport const a = lessonComponents;\n",
      ),
    ).toEqual([expect.stringContaining('common/ is shared by both sides')]);
  });
});
