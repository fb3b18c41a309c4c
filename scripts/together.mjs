// Runs npm scripts side by side and fails if any fails: `npm test` checks types and
// lint at the same time (each uses one core), which saves most of a minute in CI.
// Each script's output is printed whole when it ends, so the two never interleave.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error('Usage: node scripts/together.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const runs = names.map(
  (name) =>
    new Promise((done) => {
      const started = performance.now();
      const child = spawn('npm', ['run', '-s', name], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code) => {
        const text = Buffer.concat(output).toString().trimEnd();
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`── ${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
        if (text !== '') console.log(text);
        done(code === 0);
      });
      child.on('error', (error) => {
        console.log(`── ${name}: could not start (${error.message})`);
        done(false);
      });
    }),
);
const results = await Promise.all(runs);
process.exit(results.every(Boolean) ? 0 : 1);
