// Runs StrykerJS on one area or all of them and prints each area's score.
// Usage: npm run test:mutation [-- core/store [core/profiles ...]]
//        MUTATION_FILES=core/store/durableFile.ts npm run test:mutation -- core/store
// Slow on purpose-sized machines (minutes per area): not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const areas = ['core/store', 'core/profiles', 'common', 'core/clinic'];
const chosen =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : (process.env.MUTATION_AREA?.split(',') ?? areas);
const unknown = chosen.filter((area) => !areas.includes(area));
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}; choose from ${areas.join(', ')}.`);
  process.exit(2);
}

const detected = new Set(['Killed', 'Timeout']);
const missed = new Set(['Survived', 'NoCoverage']);

/** Stryker's mutation score: detected mutants over all valid ones (compile and runtime errors left out). */
function score(mutants) {
  const found = mutants.filter((m) => detected.has(m.status)).length;
  const valid = found + mutants.filter((m) => missed.has(m.status)).length;
  return { found, valid, percent: valid === 0 ? 100 : (100 * found) / valid };
}

const lines = [];
let failed = false;
for (const area of chosen) {
  const run = spawnSync(join('node_modules', '.bin', 'stryker'), ['run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATION_AREA: area },
  });
  if (run.status !== 0) {
    failed = true;
    lines.push(`${area}: Stryker failed (exit ${run.status})`);
    continue;
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${area.replaceAll('/', '-')}.json`, 'utf8'));
  const files = Object.entries(report.files).map(([file, { mutants }]) => ({ file, ...score(mutants) }));
  const all = score(Object.values(report.files).flatMap((f) => f.mutants));
  lines.push(`${area}: ${all.percent.toFixed(1)}% (${all.found}/${all.valid} mutants detected)`);
  for (const f of files.sort((a, b) => a.percent - b.percent)) {
    lines.push(`  ${f.percent.toFixed(1).padStart(5)}%  ${f.file} (${f.found}/${f.valid})`);
  }
}
console.log(`\nMutation scores (target 85%):\n${lines.join('\n')}`);
process.exit(failed ? 1 : 0);
