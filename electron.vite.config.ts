import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { deferEntryPlugin } from './scripts/deferEntry';

/**
 * Three builds from one file: the main process (ESM, dependencies left external so
 * the packaged app loads them from node_modules), the preload (one CommonJS file,
 * because a sandboxed preload cannot load modules) and the React renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    plugins: [react(), deferEntryPlugin()],
    build: {
      minify: true,
      outDir: resolve('out/renderer'),
      rollupOptions: {
        input: { index: resolve('renderer/index.html') },
        output: {
          // zod and the line that turns its eval probe off share a chunk that runs before any
          // chunk building a schema: split apart, a chunk of schemas could run ahead of the
          // setting and trip the CSP (renderer/zodConfig.ts).
          manualChunks: (id: string) =>
            id.includes('/node_modules/zod/') || id.endsWith('/renderer/zodConfig.ts') ? 'zod' : undefined,
        },
      },
    },
  },
});
