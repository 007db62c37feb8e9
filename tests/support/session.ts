import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist } from './server.ts';

/** Serves dist/ and starts Chromium for the tests of one file; both stop when the file is done. */
export function useBrowserOnSite(): { readonly url: string; readonly browser: Browser } {
  let site: Awaited<ReturnType<typeof serveDist>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
