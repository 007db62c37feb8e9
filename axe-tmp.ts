import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser } from './tests/support/browser.ts';
import { serveDist } from './tests/support/server.ts';
import { sitemapPaths } from './tests/site/checks/sitemap.ts';
const server = await serveDist();
const browser = await launchBrowser();
const paths = sitemapPaths().filter((p) => p.includes('/compare/') || p.includes('/about/'));
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 390]) {
    const ctx = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 800 } });
    const page = await ctx.newPage();
    for (const p of paths) {
      await page.goto(server.url + p);
      const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      for (const v of r.violations) console.log(scheme, width, p, v.id, v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | '));
    }
    await ctx.close();
  }
}
console.log('checked', paths.length);
await browser.close(); await server.close();
