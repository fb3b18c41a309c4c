import { describe, expect, it } from 'vitest';
import { archiveEntries, contentProblems, type ArchiveEntry } from '../../scripts/asarContents';

const file = (path: string, unpacked = false): ArchiveEntry => ({ path, size: 10, unpacked, executable: unpacked });

const good: ArchiveEntry[] = [
  file('package.json'),
  file('out/main/index.js'),
  file('out/preload/index.cjs'),
  file('out/renderer/index.html'),
  file('out/renderer/assets/index-abc.js'),
  file('curriculum/lessons/stress-management/01-how-stress-works.mdx'),
  file('resources/fonts/atkinson-hyperlegible-latin-400-normal.woff2'),
  file('node_modules/zod/package.json'),
  file('node_modules/@esbuild/linux-x64/bin/esbuild', true),
];
const rules = {
  lessons: ['curriculum/lessons/stress-management/01-how-stress-works.mdx'],
  dependencies: ['zod'],
  devDependencies: ['vitest', '@types/react'],
  esbuildPackage: '@esbuild/linux-x64',
};

describe('archive content rules', () => {
  it('accepts built code, lessons, fonts, production dependencies and an unpacked esbuild', () => {
    expect(contentProblems(good, rules)).toEqual([]);
  });

  it('requires the precompiled core lessons, so a packaged first start compiles nothing', () => {
    const precompiled = [
      'out/lessons/manifest.json',
      `out/lessons/${'a'.repeat(32)}.mjs`,
      `out/lessons/${'a'.repeat(32)}.json`,
    ];
    expect(contentProblems([...good, ...precompiled.map((p) => file(p))], { ...rules, precompiled })).toEqual([]);
    expect(contentProblems([...good, file(precompiled[0] ?? '')], { ...rules, precompiled })).toEqual([
      `missing: ${precompiled[1]}`,
      `missing: ${precompiled[2]}`,
    ]);
  });

  it('flags sources, tests, drafts, source maps and development dependencies', () => {
    const problems = contentProblems(
      [
        ...good,
        file('core/service.ts'),
        file('tests/core/service.test.js'),
        file('curriculum/drafts/x.mdx'),
        file('out/main/index.js.map'),
        file('node_modules/zod/index.d.cts'),
        file('node_modules/vitest/package.json'),
        file('node_modules/a/node_modules/@types/react/package.json'),
        file('node_modules/x/node_modules/typescript/package.json'),
      ],
      rules,
    );
    expect(problems).toEqual([
      'source or type declaration file: core/service.ts',
      'source folder: tests/core/service.test.js',
      'not part of the core curriculum: curriculum/drafts/x.mdx',
      'source map: out/main/index.js.map',
      'source or type declaration file: node_modules/zod/index.d.cts',
      'development dependency packaged: @types/react',
      'development dependency packaged: typescript',
      'development dependency packaged: vitest',
    ]);
  });

  it('flags missing pieces and an esbuild left inside the archive', () => {
    const packed = good
      .filter((e) => !e.path.endsWith('.mdx') && !e.path.startsWith('node_modules/zod'))
      .map((e) => (e.path.includes('esbuild') ? { ...e, unpacked: false } : e));
    expect(contentProblems(packed, rules)).toEqual([
      'missing: curriculum/lessons/stress-management/01-how-stress-works.mdx',
      'missing production dependency: zod',
      'not unpacked from app.asar: node_modules/@esbuild/linux-x64/bin/esbuild (native code cannot run inside it)',
    ]);
    expect(contentProblems([], rules)).toContain('missing: the esbuild binary (@esbuild/linux-x64)');
  });

  it('reads the files out of an asar header', () => {
    expect(
      archiveEntries({
        files: {
          'package.json': { size: 5 },
          out: { files: { main: { files: { 'index.js': { size: 7 } } } } },
          node_modules: { files: { esbuild: { files: { esbuild: { size: 9, unpacked: true, executable: true } } } } },
          link: { link: 'out' },
        },
      }),
    ).toEqual([
      { path: 'package.json', size: 5, unpacked: false, executable: false },
      { path: 'out/main/index.js', size: 7, unpacked: false, executable: false },
      { path: 'node_modules/esbuild/esbuild', size: 9, unpacked: true, executable: true },
    ]);
  });
});
