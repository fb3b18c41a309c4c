// Run by scripts/distCheck.ts in a plain Node process, inside an extracted copy of
// the packaged app.asar, with the environment electron/runtimeEnv.ts sets in a
// packaged app (NODE_ENV=production, ESBUILD_BINARY_PATH at the unpacked binary).
// It loads the packaged main-process service with only the packaged node_modules,
// compiles every packaged lesson and renders a worksheet: proof that what the
// files list trims (React's development builds, sources) is not needed at run time.
// Plain JavaScript on purpose: tsx would bring its own esbuild into this process.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [appDir, workDir] = process.argv.slice(2);
if (appDir === undefined || workDir === undefined) throw new Error('usage: distSmoke.mjs <extracted app> <work dir>');

const chunks = join(appDir, 'out', 'main', 'chunks');
let servicePath = null;
for (const name of await readdir(chunks)) {
  if ((await readFile(join(chunks, name), 'utf8')).includes('export { createService }'))
    servicePath = join(chunks, name);
}
if (servicePath === null) throw new Error('the packaged main process has no service chunk');

const { createService } = await import(pathToFileURL(servicePath).href);
let printed = '';
const service = createService({
  dataDir: join(workDir, 'data'),
  cacheDir: join(workDir, 'cache'),
  lessonRoots: [{ dir: join(appDir, 'curriculum', 'lessons'), label: 'curriculum/lessons' }],
  resourcesDir: join(appDir, 'resources'),
  programFile: join(appDir, 'curriculum', 'program.json'),
  adapters: {
    host: 'electron',
    version: 'smoke',
    renderPdf: async () => new Uint8Array(),
    chooseSavePath: async () => null,
    print: async (html) => {
      printed = html;
      return { status: 'printed' };
    },
  },
});

const listed = await service.dispatch('listLessons', {});
if (!listed.ok) throw new Error(`listLessons failed: ${listed.error.message}`);
const broken = listed.value.lessons.filter((l) => l.status !== 'ok');
if (broken.length > 0) {
  throw new Error(
    `packaged lessons failed to compile:\n${broken.map((b) => `${b.problem.file}:${b.problem.line}:${b.problem.column}: ${b.problem.message}`).join('\n')}`,
  );
}
const first = listed.value.lessons[0];
if (first === undefined) throw new Error('the package holds no lessons');
const print = await service.dispatch('printWorksheet', { lessonId: first.id, filled: false, paper: 'letter' });
if (!print.ok) throw new Error(`printWorksheet failed: ${print.error.message}`);
if (!printed.includes(first.title.replace(/&/g, '&amp;'))) throw new Error('the printed worksheet lacks its title');
await service.flush();
console.log(`compiled ${listed.value.lessons.length} lessons and rendered "${first.title}" with the packaged code`);
