import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests of one mutation area (MUTATION_AREA, e.g. `core/store`), for
 * `npm run test:mutation`. StrykerJS 9.6.1's own `testFiles` option switches
 * module-level mutants on too late (every one of them "survives"), so the tests
 * are chosen here instead. Tests that spawn child processes or run for minutes
 * (the kill test, the fuzz run) are left out: mutants are only active in-process.
 * MUTATION_TESTS (comma-separated globs) narrows the tests further, for a quick
 * look at one file on a busy machine.
 */
const area = process.env.MUTATION_AREA ?? 'core/store';
const tests = process.env.MUTATION_TESTS?.split(',') ?? [`tests/${area}/**/*.test.ts`, `tests/${area}/**/*.test.tsx`];

// Spread, not mergeConfig: mergeConfig concatenates `include` lists, which would run the whole suite.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: tests,
    exclude: ['tests/renderer/**', 'node_modules/**', 'tests/core/store/kill.test.ts', 'tests/core/store/fuzz.test.ts'],
  },
});
