import type { Browser } from 'playwright-core';
import type { PaperSize } from '../common/api';

/** Debian's Chromium; the /usr/lib path skips the wrapper script's shell warning. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Flags that keep Chromium from reaching the network on its own. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

/**
 * Turns print-ready HTML into a PDF in headless Chromium: the development host's
 * stand-in for Electron's printToPDF, with the same options (tagged, outlined,
 * page size from the paper choice).
 */
export class ChromiumPdf {
  private browser: Promise<Browser> | undefined;

  private launch(): Promise<Browser> {
    // Loaded on the first PDF: playwright-core takes seconds to import, and most host starts print nothing.
    this.browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true }),
    );
    this.browser.catch(() => (this.browser = undefined));
    return this.browser;
  }

  async render(html: string, paper: PaperSize): Promise<Uint8Array> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready).catch(() => undefined);
      return await page.pdf({
        format: paper === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await context.close();
    }
  }

  async close(): Promise<void> {
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close();
  }
}
