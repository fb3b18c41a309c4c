/**
 * The Content-Security-Policy of the app's window, sent as a header by the app
 * scheme in Electron and by the development host. Scripts, styles and fonts come
 * only from the app's own origin: no inline script, no eval, no other host.
 * Compiled lessons are ES modules served from the same origin, so they need neither.
 */
export const appCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "media-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * The policy of a print-ready worksheet document: no script at all; its styles and
 * fonts are inside the document (fonts as data: URLs) so it prints the same in a
 * hidden Electron window and in headless Chromium.
 */
export const printCsp = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent with every response of the app's own origin. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': appCsp,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
};
