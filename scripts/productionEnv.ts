/**
 * Imported first by the benchmarks (scripts/bench.ts), before anything loads
 * React: a packaged app runs React's production build (electron/runtimeEnv.ts
 * sets NODE_ENV there), and worksheets, the care summary and the first screen's
 * lesson list render with it in the main process. Without this the bench timed
 * React's development build, several times slower at rendering.
 */
if (process.env.NODE_ENV === undefined || process.env.NODE_ENV === '') process.env.NODE_ENV = 'production';
