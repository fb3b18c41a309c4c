import { build } from 'esbuild';
import { join } from 'node:path';
import { hostBundle, root } from './hostBundle';

/**
 * Bundles the development host once per browser-test run, from the sources as
 * they are now, so each test starts its host from one JavaScript file instead of
 * transpiling every module of core/ through tsx (about half the start-up time of
 * a host, and tests start a hundred or more). Packages stay external: the host
 * loads the same node_modules as `npm run host` does.
 */
export default async function globalSetup(): Promise<void> {
  await build({
    entryPoints: [join(root, 'devhost/main.ts')],
    outfile: hostBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: join(root, 'tsconfig.node.json'),
    // No source map: parsing one at every start costs more than the rare host stack trace gains.
    logLevel: 'warning',
  });
}
