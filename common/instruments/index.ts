/**
 * Self-check instruments (issue 13): PHQ-9, GAD-7 and Groundwork's own craving
 * check, as data with one schema, plus scoring, bands, flags and "is it due".
 * Pure TypeScript for both sides; see README.md in this folder.
 */
export * from './codes';
export * from './due';
export * from './registry';
export * from './schema';
export * from './scoring';
