import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import { clinicLocations, type ClinicLocation } from '../core/clinic/clinicLocations';
import type { LessonRoot } from '../core/curriculum/curriculum';
import { PREBUILT_DIR } from '../core/curriculum/prebuilt';

/** Where the app keeps and finds things. */
export interface AppPaths {
  /** The person's answers. */
  dataDir: string;
  /** Compiled lessons, by content hash; safe to delete. */
  cacheDir: string;
  /** The core lessons compiled at build time; sourceRoot (unpackaged only) tells a build older than the sources. */
  prebuilt: { dir: string; sourceRoot: string | null };
  lessonRoots: LessonRoot[];
  /** Fonts and other files for printed worksheets. */
  resourcesDir: string;
  /** Module overviews and suggested schedules. */
  programFile: string;
  /** The built renderer (index.html, assets/). */
  rendererDir: string;
  /** The preload bundle, one CommonJS file because a sandboxed preload cannot load modules. */
  preloadPath: string;
  /** The machine-wide and per-user clinic.json, each with a lessons/ folder beside it. */
  clinicLocations: ClinicLocation[];
}

/**
 * Works out the app's folders. `GROUNDWORK_DATA_DIR` moves data and cache
 * elsewhere (tests, or a clinic that keeps data on another drive). The renderer
 * and preload are found next to the main bundle (out/main/index.js, an ES module,
 * hence import.meta.url rather than __dirname).
 */
export function appPaths(env: NodeJS.ProcessEnv = process.env): AppPaths {
  const custom = env.GROUNDWORK_DATA_DIR;
  const dataDir = custom !== undefined && custom !== '' ? resolve(custom) : app.getPath('userData');
  const appDir = app.getAppPath();
  return {
    dataDir,
    cacheDir: join(dataDir, 'cache', 'lessons'),
    prebuilt: { dir: join(appDir, PREBUILT_DIR), sourceRoot: app.isPackaged ? null : appDir },
    lessonRoots: [{ dir: join(appDir, 'curriculum', 'lessons'), label: 'curriculum/lessons' }],
    resourcesDir: join(appDir, 'resources'),
    programFile: join(appDir, 'curriculum', 'program.json'),
    rendererDir: resolve(fileURLToPath(new URL('../renderer/', import.meta.url))),
    preloadPath: fileURLToPath(new URL('../preload/index.cjs', import.meta.url)),
    clinicLocations: clinicLocations({ platform: process.platform, env, userDataDir: dataDir }),
  };
}
