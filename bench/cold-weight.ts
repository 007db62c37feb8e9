// Cold page weight: what a first visit to a plan page would transfer (gzip) with two changes, each
// measured against the warm figure (CSS and JS cached) it would cost:
//  - critical CSS: only the rules the page uses (Chromium's CSS coverage after load) inlined in the
//    HTML in place of the stylesheet; cold pays gzip(HTML with the subset), and so does warm: a
//    subset inlined in every page is never cached;
//  - lazy outline: the outline (nav.toc) left out of the HTML and built by the page script from the
//    headings; cold and warm both save its bytes, the script grows by the builder (cached).
// Nothing is changed in the site: the variants are computed from the built pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DIST } from '../tests/support/server.ts';
import { fileOfPath } from '../tests/site/checks/html.ts';
import { fmtKB, gz, TARGETS } from './common.ts';
import type { PageWeight, PlanRatio } from './page-weight.ts';

export interface ColdVariant {
  path: string;
  textGzip: number;
  /** As built: cold (HTML + CSS + JS) and warm (HTML). */
  now: { cold: number; warm: number };
  criticalCss: { usedRaw: number; cold: number; warm: number };
  lazyOutline: { outlineGzip: number; builderGzip: number; cold: number; warm: number };
  both: { cold: number; warm: number };
}

// What a script that builds the outline from the headings would add (a measured stand-in: the
// smallest DOM walk that writes the same list; gzip of its source, minified by hand).
const OUTLINE_BUILDER = `const n=document.querySelector(".toc ol"),h=document.querySelectorAll(".plan-body :is(h2,h3,h4)[id]");for(const e of h){const l=document.createElement("li");l.className="toc-"+(+e.tagName[1]-1);const a=document.createElement("a");a.href="#"+e.id;a.append(...[...e.childNodes].map(c=>c.cloneNode(!0)));l.append(a);n.append(l)}`;

/** Used CSS of a plan page at first render, from Chromium's coverage. */
async function usedCss(browser: Browser, origin: string, path: string): Promise<string> {
  const page = await browser.newPage();
  // CSS coverage is a Chromium-only API of playwright-core.
  const coverage = (page as unknown as { coverage: { startCSSCoverage: () => Promise<void>; stopCSSCoverage: () => Promise<{ text: string; ranges: { start: number; end: number }[] }[]> } }).coverage;
  await coverage.startCSSCoverage();
  await page.goto(origin + path);
  const entries = await coverage.stopCSSCoverage();
  await page.close();
  return entries.map((e) => e.ranges.map((r) => e.text.slice(r.start, r.end)).join('')).join('');
}

/** The variants for each plan page. */
export async function coldVariants(browser: Browser, origin: string, pages: PageWeight[], ratios: PlanRatio[]): Promise<ColdVariant[]> {
  const out: ColdVariant[] = [];
  const builder = gz(OUTLINE_BUILDER);
  for (const r of ratios) {
    const p = pages.find((x) => x.path === r.path)!;
    const html = readFileSync(join(DIST, fileOfPath(r.path)), 'utf8');
    const used = await usedCss(browser, origin, r.path);
    const jsFiles = p.js.gzip - p.js.inlineGzip;
    const inlined = (h: string) => h.replace('</head>', `<style>${used}</style></head>`);
    const withoutOutline = html.replace(/(<nav class="toc"[\s\S]*?<ol[^>]*>)[\s\S]*?(<\/ol>)/, '$1$2');
    const outlineGzip = gz(html) - gz(withoutOutline);
    out.push({
      path: r.path,
      textGzip: r.textGzip,
      now: { cold: p.transferGzip, warm: p.html.gzip },
      criticalCss: { usedRaw: Buffer.byteLength(used), cold: gz(inlined(html)) + jsFiles, warm: gz(inlined(html)) },
      lazyOutline: { outlineGzip, builderGzip: builder, cold: gz(withoutOutline) + p.css.gzip + jsFiles + builder, warm: gz(withoutOutline) },
      both: { cold: gz(inlined(withoutOutline)) + jsFiles + builder, warm: gz(inlined(withoutOutline)) },
    });
  }
  return out;
}

/** The report's section on the two cold-weight variants. */
export function coldMarkdown(v: ColdVariant[]): string[] {
  if (!v.length) return [];
  const ratio = (b: number, t: number) => (b / t).toFixed(2);
  const L = ['', '## Cold page weight: critical CSS and a lazily built outline (bench/cold-weight.ts)', '', `Computed from the built plan pages, the site unchanged. Ratios are transfer (gzip) / gzip(text); target ${TARGETS.planTransferRatio}. Critical CSS: the rules Chromium's coverage reports as used after load, inlined in a <style> in place of the stylesheet, so warm pages pay the subset again (it is never cached). Lazy outline: the outline's list left out of the HTML and built by the page script (its builder, ${fmtKB(gz(OUTLINE_BUILDER))} gzip, is counted once in cold).`, ''];
  L.push('| Plan page | Now cold | Now warm | Critical CSS cold | Critical CSS warm | Lazy outline cold | Lazy outline warm | Both cold | Both warm |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const x of v) {
    const t = x.textGzip;
    L.push(`| \`${x.path}\` | ${ratio(x.now.cold, t)} | ${ratio(x.now.warm, t)} | ${ratio(x.criticalCss.cold, t)} (${fmtKB(x.criticalCss.usedRaw)} CSS used) | ${ratio(x.criticalCss.warm, t)} | ${ratio(x.lazyOutline.cold, t)} | ${ratio(x.lazyOutline.warm, t)} | ${ratio(x.both.cold, t)} | ${ratio(x.both.warm, t)} |`);
  }
  return L;
}
