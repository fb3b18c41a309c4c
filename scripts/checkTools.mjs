// `npm test` runs this first: the browser tests need Debian's Chromium and poppler's
// PDF tools, which npm cannot install. Say plainly what is missing and how to get it.
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const missing = [];
try {
  accessSync(chromium, constants.X_OK);
} catch {
  missing.push(`Chromium (expected at ${chromium}; set CHROMIUM_PATH to use another)`);
}
for (const tool of ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm']) {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
  } catch (error) {
    if (error.code === 'ENOENT') missing.push(`${tool} (from poppler-utils)`);
  }
}
if (missing.length > 0) {
  console.error(`The tests need tools that npm cannot install:\n  - ${missing.join('\n  - ')}`);
  console.error('On Debian or Ubuntu: sudo apt-get install -y --no-install-recommends chromium poppler-utils');
  process.exit(1);
}
