import { z } from 'zod';

/**
 * Zod compiles a fast object parser with `new Function` unless told not to; its
 * probe alone (`Function('')`) is reported as a violation of the window's CSP,
 * which has no 'unsafe-eval'. Jitless parsing is the same parsing without that
 * probe. It is read when a schema is built, so main.tsx imports this first,
 * before any module that builds a schema (common/ builds them at load).
 */
z.config({ jitless: true });
