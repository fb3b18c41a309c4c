import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PREBUILT_DIR } from '../core/curriculum/prebuilt';
import { devhostClinicLocations, startDevHost } from './server';

/**
 * `npm run host`: serves the built renderer and the API on 127.0.0.1.
 * Options: --port (0 picks a free one), --data <folder>, --lessons <folder> (repeatable),
 * --exports <folder>, --cache <folder> (compiled lessons). GROUNDWORK_DATA_DIR also sets the data folder.
 * --clinic-config <file> stands in for the machine-wide clinic.json (its lessons/ folder beside it, or
 * --clinic-lessons <folder>); the per-user clinic.json and lessons/ are read from the data folder.
 * --default-profile makes a profile named "Me" in an empty data folder, so a browser test starts
 * inside the app instead of on the first-run welcome.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5180' },
    data: { type: 'string' },
    lessons: { type: 'string', multiple: true },
    exports: { type: 'string' },
    cache: { type: 'string' },
    'clinic-config': { type: 'string' },
    'clinic-lessons': { type: 'string' },
    'default-profile': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const dataDir = resolve(values.data ?? process.env.GROUNDWORK_DATA_DIR ?? resolve(root, '.groundwork-data'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

const host = await startDevHost({
  port: Number(values.port),
  dataDir,
  lessonDirs: (values.lessons ?? [resolve(root, 'curriculum/lessons')]).map((d) => resolve(d)),
  exportDir: resolve(values.exports ?? resolve(dataDir, 'exports')),
  cacheDir: resolve(values.cache ?? resolve(dataDir, 'cache', 'lessons')),
  prebuiltDir: resolve(root, PREBUILT_DIR),
  rendererDir: resolve(root, 'out/renderer'),
  resourcesDir: resolve(root, 'resources'),
  programFile: resolve(root, 'curriculum/program.json'),
  clinicLocations: devhostClinicLocations(dataDir, values['clinic-config'], values['clinic-lessons']),
  version: pkg.version,
  defaultProfile: values['default-profile'],
});
console.log(`Groundwork browser host: ${host.url}`);
console.log(`Answers are kept in ${dataDir}`);

let closing = false;
const shutdown = (): void => {
  if (closing) return;
  closing = true;
  host.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
