import { join, resolve } from 'node:path';

/** The project's root folder. */
export const root = resolve(import.meta.dirname, '../..');

/**
 * Where globalSetup.ts writes the bundled development host. One folder below the
 * root, like devhost/ itself, because the host finds the renderer, the lessons
 * and package.json relative to its own folder's parent.
 */
export const hostBundle = join(root, 'out-test/devhost.mjs');
