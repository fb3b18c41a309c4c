import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => `/home/pat/.config/${name}`,
    getAppPath: () => '/opt/groundwork/app',
  },
}));

import { appPaths } from '../../electron/paths';

const electronDir = fileURLToPath(new URL('../../electron/', import.meta.url));

describe('appPaths', () => {
  it('keeps data and the lesson cache in userData by default', () => {
    const paths = appPaths({});
    expect(paths.dataDir).toBe('/home/pat/.config/userData');
    expect(paths.cacheDir).toBe(join('/home/pat/.config/userData', 'cache', 'lessons'));
  });

  it('moves data and cache under GROUNDWORK_DATA_DIR, made absolute', () => {
    const paths = appPaths({ GROUNDWORK_DATA_DIR: 'tmp/gw' });
    expect(paths.dataDir).toBe(resolve('tmp/gw'));
    expect(paths.cacheDir).toBe(join(resolve('tmp/gw'), 'cache', 'lessons'));
    expect(appPaths({ GROUNDWORK_DATA_DIR: '' }).dataDir).toBe('/home/pat/.config/userData');
  });

  it('finds the curriculum and resources in the app, and the bundles beside the main bundle', () => {
    const paths = appPaths({});
    expect(paths.lessonRoots).toEqual([
      { dir: join('/opt/groundwork/app', 'curriculum', 'lessons'), label: 'curriculum/lessons' },
    ]);
    expect(paths.resourcesDir).toBe(join('/opt/groundwork/app', 'resources'));
    expect(paths.rendererDir).toBe(resolve(electronDir, '../renderer'));
    expect(paths.preloadPath).toBe(resolve(electronDir, '../preload/index.cjs'));
  });
});
