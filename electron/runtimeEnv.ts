import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Settings a packaged app must make before the lesson compiler or React loads,
 * which is why main.ts imports the service only after calling this:
 *
 * - esbuild reads ESBUILD_BINARY_PATH once, when its module loads. Inside a
 *   package it would otherwise spawn its binary from inside app.asar, which no
 *   process can execute; electron-builder.yml unpacks it to app.asar.unpacked.
 * - React picks its development or production build from NODE_ENV when it loads;
 *   worksheets render in the main process, and the production build is faster.
 */
export function prepareRuntimeEnv(options: {
  isPackaged: boolean;
  /** app.getAppPath(): .../resources/app.asar in a package. */
  appPath: string;
  platform?: NodeJS.Platform;
  arch?: string;
  env?: NodeJS.ProcessEnv;
  exists?: (path: string) => boolean;
}): void {
  const { isPackaged, appPath, platform = process.platform, arch = process.arch, env = process.env } = options;
  const exists = options.exists ?? existsSync;
  if (!isPackaged) return;
  if (env.NODE_ENV === undefined || env.NODE_ENV === '') env.NODE_ENV = 'production';
  if (env.ESBUILD_BINARY_PATH !== undefined && env.ESBUILD_BINARY_PATH !== '') return;
  const unpacked = appPath.replace(/\.asar$/, '.asar.unpacked');
  const pkg = join(unpacked, 'node_modules', '@esbuild', `${platform}-${arch}`);
  const binary = platform === 'win32' ? join(pkg, 'esbuild.exe') : join(pkg, 'bin', 'esbuild');
  if (exists(binary)) env.ESBUILD_BINARY_PATH = binary;
  else console.error(`groundwork: the esbuild binary was not found at ${binary}; lessons cannot be compiled.`);
}
