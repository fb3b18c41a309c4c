// @ts-check
/**
 * Mutation testing of the unit tests (issue 17): StrykerJS changes the code in
 * small ways and checks that some unit test notices. Run with
 * `npm run test:mutation` (all areas) or `npm run test:mutation -- core/store`.
 *
 * - One area per run (MUTATION_AREA): its source folder is mutated and only
 *   its own tests run, through vitest.mutation.config.ts.
 * - concurrency 1: the machine this was tuned on has two cores shared with
 *   other work, and the tests write real files.
 * - No TypeScript checker: here it managed about 20 mutants a minute, several
 *   times slower than running the tests; mutants that do not compile fail
 *   their tests anyway or show up as survivors worth reading.
 * - Incremental: a rerun only tests mutants whose code or tests changed.
 * - MUTATION_RUN names the report and incremental files (default: the area), so
 *   file-by-file runs with MUTATION_FILES keep their own results between runs.
 * - The common area leaves out its translation text (common/i18n/en/**,
 *   common/i18n/es/**, and en.ts/es.ts, which only gather those files into one
 *   object): about 3,260 lines of words whose mutants only change what a sentence
 *   says. Whether each language has every key is checked by
 *   tests/common/i18nParity.test.ts, not by mutation; the i18n logic
 *   (createI18n.ts, parity.ts) stays in.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const area = process.env.MUTATION_AREA ?? 'core/store';
const slug = area.replaceAll('/', '-');
const run = process.env.MUTATION_RUN ?? slug;
/** Files of an area that hold only data, not logic worth mutating (see above). @type {Record<string, string[]>} */
const dataOnly = {
  common: ['common/i18n/en/**', 'common/i18n/es/**', 'common/i18n/en.ts', 'common/i18n/es.ts'],
};

export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: process.env.MUTATION_FILES
    ? process.env.MUTATION_FILES.split(',')
    : [`${area}/**/*.ts`, ...(dataOnly[area] ?? []).map((glob) => `!${glob}`)],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 10_000,
  // The first full run of an area's tests takes minutes on a busy machine.
  dryRunTimeoutMinutes: 30,
  reporters: ['progress', 'clear-text', 'json'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  jsonReporter: { fileName: `reports/mutation/${run}.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${run}.incremental.json`,
  thresholds: { high: 85, low: 70, break: null },
  tempDirName: `.stryker-tmp/${run}`,
  // Stryker leaves out only this run's own temp folder: another run's sandbox (a second file measured at
  // the same time) was copied in, and a run failed when that sandbox was removed mid-copy.
  ignorePatterns: ['/.stryker-tmp'],
  cleanTempDir: 'always',
};
