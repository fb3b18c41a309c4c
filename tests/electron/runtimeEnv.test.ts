import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { prepareRuntimeEnv } from '../../electron/runtimeEnv';

const appPath = join('/opt', 'Groundwork', 'resources', 'app.asar');
const unpacked = join('/opt', 'Groundwork', 'resources', 'app.asar.unpacked', 'node_modules', '@esbuild');

describe('prepareRuntimeEnv', () => {
  it('changes nothing when running from the source tree', () => {
    const env: NodeJS.ProcessEnv = {};
    prepareRuntimeEnv({ isPackaged: false, appPath, env, exists: () => true });
    expect(env).toEqual({});
  });

  it('points esbuild at its unpacked binary and React at its production build in a package', () => {
    const env: NodeJS.ProcessEnv = {};
    prepareRuntimeEnv({ isPackaged: true, appPath, platform: 'linux', arch: 'x64', env, exists: () => true });
    expect(env).toEqual({ NODE_ENV: 'production', ESBUILD_BINARY_PATH: join(unpacked, 'linux-x64', 'bin', 'esbuild') });
  });

  it('finds esbuild.exe at the package root on Windows', () => {
    const env: NodeJS.ProcessEnv = {};
    prepareRuntimeEnv({ isPackaged: true, appPath, platform: 'win32', arch: 'arm64', env, exists: () => true });
    expect(env.ESBUILD_BINARY_PATH).toBe(join(unpacked, 'win32-arm64', 'esbuild.exe'));
  });

  it('keeps settings made outside the app, and says so when the binary is missing', () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', ESBUILD_BINARY_PATH: '/usr/bin/esbuild' };
    prepareRuntimeEnv({ isPackaged: true, appPath, env, exists: () => false });
    expect(env).toEqual({ NODE_ENV: 'development', ESBUILD_BINARY_PATH: '/usr/bin/esbuild' });

    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bare: NodeJS.ProcessEnv = {};
    prepareRuntimeEnv({ isPackaged: true, appPath, platform: 'darwin', arch: 'arm64', env: bare, exists: () => false });
    expect(bare.ESBUILD_BINARY_PATH).toBeUndefined();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('darwin-arm64'));
    error.mockRestore();
  });
});
