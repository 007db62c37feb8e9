// Page weight: HTML, CSS and JS of every page, raw and gzip; for plan pages the transfer against
// the gzip of their own text, cold and warm, and where the bytes beyond the text go.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../tests/support/pages.ts';
import { DIST } from '../tests/support/server.ts';
import { fileOfPath, inlineBlocks, tags } from '../tests/site/checks/html.ts';
import type { Browser } from 'playwright-core';
import { fmtKB, gz, KB, ROOT, TARGETS, type Verdict } from './common.ts';

const OUT = join(ROOT, 'bench/out');

export interface Weight {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  path: string;
  type: string;
  html: Weight;
  css: Weight & { files: string[] };
  /** External script files plus the inline scripts (which also count inside the HTML bytes). */
  js: Weight & { files: string[]; inlineRaw: number; inlineGzip: number };
  /** What travels: gzip(HTML) + gzip of each CSS and JS file. */
  transferGzip: number;
  /** Whether a script the page loads names Pagefind or search: judged when weighed, so a report rewritten later does not read a dist/ built since. */
  searchCode?: boolean;
}

export function pageType(path: string): string {
  if (path === '/') return 'landing /';
  if (/^\/\w+\/plans\/[^/]+\/$/.test(path)) return `plan ${path.replace(/plans\/[^/]+\/$/, 'plans/*/')}`;
  return path;
}

export function weigh(path: string, root = DIST): PageWeight {
  const html = readFileSync(join(root, fileOfPath(path)));
  const text = html.toString('utf8');
  const css: string[] = [];
  const js: string[] = [];
  for (const t of tags(text)) {
    const rel = (t.attrs.get('rel') ?? '').toLowerCase();
    if (t.name === 'link' && /\bstylesheet\b/.test(rel)) css.push(t.attrs.get('href')!);
    if (t.name === 'link' && /\bmodulepreload\b/.test(rel)) js.push(t.attrs.get('href')!);
    if (t.name === 'script' && t.attrs.get('src')) js.push(t.attrs.get('src')!);
  }
  const file = (u: string) => readFileSync(join(root, decodeURIComponent(new URL(u, `http://x${path}`).pathname)));
  const sum = (urls: string[]) => {
    const uniq = [...new Set(urls)];
    return { raw: uniq.reduce((n, u) => n + file(u).length, 0), gzip: uniq.reduce((n, u) => n + gz(file(u)), 0), files: uniq };
  };
  const c = sum(css);
  const j = sum(js);
  const inline = inlineBlocks(text, 'script').filter((s) => !/application\/(ld\+)?json/.test(s.attrs)).map((s) => s.body).join('\n');
  const inlineRaw = Buffer.byteLength(inline);
  const inlineGzip = inline ? gz(inline) : 0;
  const htmlW = { raw: html.length, gzip: gz(html) };
  return {
    path,
    type: pageType(path),
    html: htmlW,
    css: c,
    js: { raw: j.raw + inlineRaw, gzip: j.gzip + inlineGzip, files: j.files, inlineRaw, inlineGzip },
    transferGzip: htmlW.gzip + c.gzip + j.gzip,
    searchCode: j.files.some((f) => /pagefind|search\./.test(f) || file(f).includes('pagefind')),
  };
}

export interface PlanRatio {
  path: string;
  transferGzip: number;
  textBytes: number;
  textGzip: number;
  ratio: number;
  /** With CSS and JS cached (a second page of the site): gzip(HTML) alone. */
  warmGzip: number;
  warmRatio: number;
  /** gzip bytes saved by removing each part of the markup: where the overhead over the text is. */
  overhead: Record<string, number>;
}

/** Where a plan page's bytes beyond its text go: gzip(HTML) minus gzip(HTML without the part). */
export function overheadOf(html: string): Record<string, number> {
  const base = gz(html);
  const parts: Record<string, (h: string) => string> = {
    'per-block copy-link anchors': (h) => h.replace(/<a class="anchor"[^>]*><\/a>/g, ''),
    'id attributes': (h) => h.replace(/\sid="[^"]*"/g, ''),
    'class attributes': (h) => h.replace(/\sclass="[^"]*"/g, ''),
    'outline (toc nav)': (h) => h.replace(/<nav class="toc"[\s\S]*?<\/nav>/, ''),
    'head element (all of it)': (h) => h.replace(/<head>[\s\S]*?<\/head>/, '<head></head>'),
    'CSP meta (hashes)': (h) => h.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ''),
    'inline script': (h) => h.replace(/<script\b[\s\S]*?<\/script>/g, ''),
    'plan facts + site header/footer': (h) => h.replace(/<header class="site-header"[\s\S]*?<\/header>/, '').replace(/<footer[\s\S]*?<\/footer>/, '').replace(/<dl[\s\S]*?<\/dl>/, ''),
    'editorial notes': (h) => h.replace(/<section class="editorial-notes"[\s\S]*?<\/section>/, ''),
  };
  return Object.fromEntries(Object.entries(parts).map(([k, f]) => [k, base - gz(f(html))]));
}

// ---------------------------------------------------------------- 2b. inline scripts or files
export interface ScriptVariant {
  variant: string;
  /** Sum over the plan pages of what a first visit transfers, and of what a visit with CSS and JS cached transfers. */
  cold: number;
  warm: number;
  inlineScripts: number;
}

/** Builds the site with its small scripts inline (Vite's default) and as files, and weighs the plan pages of each. */
export function scriptExperiment(): ScriptVariant[] {
  const out: ScriptVariant[] = [];
  for (const [variant, inline] of [['scripts inline (before)', '1'], ['scripts as files (kept)', '0']] as const) {
    const dir = join(OUT, `variant-${inline}`);
    const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ATLAS_OUT_DIR: dir, ATLAS_INLINE_SCRIPTS: inline } });
    if (r.status !== 0) throw new Error(`variant build failed: ${r.stderr.slice(-1000)}`);
    const plans = builtPages(dir).filter((p) => /^\/\w+\/plans\/[^/]+\/$/.test(p)).map((p) => weigh(p, dir));
    out.push({ variant, cold: plans.reduce((n, p) => n + p.transferGzip, 0), warm: plans.reduce((n, p) => n + p.html.gzip, 0), inlineScripts: plans.reduce((n, p) => n + p.js.inlineGzip, 0) });
  }
  return out;
}
/** For each plan page, its transfer against the gzip of its text as the browser shows it (.plan-body). */
export async function planRatios(browser: Browser, origin: string, pages: PageWeight[]): Promise<PlanRatio[]> {
  const ratios: PlanRatio[] = [];
  const page = await browser.newPage();
  for (const p of pages.filter((w) => w.type.startsWith('plan '))) {
    await page.goto(origin + p.path);
    const text = (await page.locator('.plan-body').textContent()) ?? '';
    const textGzip = gz(text);
    ratios.push({
      path: p.path,
      transferGzip: p.transferGzip,
      textBytes: Buffer.byteLength(text),
      textGzip,
      ratio: Number((p.transferGzip / textGzip).toFixed(3)),
      warmGzip: p.html.gzip,
      warmRatio: Number((p.html.gzip / textGzip).toFixed(3)),
      overhead: overheadOf(readFileSync(join(DIST, fileOfPath(p.path)), 'utf8')),
    });
  }
  await page.close();
  return ratios;
}

/** JS budget of reading pages and the transfer ratio of each plan page. */
export function weightVerdicts(pages: PageWeight[], ratios: PlanRatio[]): Verdict[] {
  const verdicts: Verdict[] = [];
  const heaviestJs = [...pages].sort((a, b) => b.js.gzip - a.js.gzip)[0]!;
  verdicts.push({
    target: `reading pages ship ≤ ${TARGETS.jsGzipBytes / KB} kB JS gzip`,
    measured: `max ${fmtKB(heaviestJs.js.gzip)} (${heaviestJs.path})`,
    pass: heaviestJs.js.gzip <= TARGETS.jsGzipBytes,
    cause: heaviestJs.js.gzip > TARGETS.jsGzipBytes ? `${heaviestJs.path}: files ${heaviestJs.js.files.join(', ') || 'none'}, inline ${fmtKB(heaviestJs.js.inlineGzip)}` : undefined,
  });
  for (const r of ratios) {
    const top = Object.entries(r.overhead).sort((a, b) => b[1] - a[1]).slice(0, 3);
    const excess = r.transferGzip - r.textGzip;
    const page = pages.find((p) => p.path === r.path)!;
    verdicts.push({
      target: `${r.path} transfer ≤ ${TARGETS.planTransferRatio} × gzip(text)`,
      measured: `${r.ratio.toFixed(2)} × (${fmtKB(r.transferGzip)} / ${fmtKB(r.textGzip)})`,
      pass: r.ratio <= TARGETS.planTransferRatio,
      cause:
        r.ratio > TARGETS.planTransferRatio
          ? `${fmtKB(excess)} over the text against a budget of ${fmtKB((TARGETS.planTransferRatio - 1) * r.textGzip)} (${TARGETS.planTransferRatio - 1 < 1 ? `${Math.round((TARGETS.planTransferRatio - 1) * 100)}%` : ''} of the text): CSS ${fmtKB(page.css.gzip)}, JS files ${fmtKB(page.js.gzip - page.js.inlineGzip)}, HTML beyond text ${fmtKB(page.html.gzip - r.textGzip)}; biggest markup parts (gzip saved if removed): ${top.map(([k, v]) => `${k} ${fmtKB(v)}`).join(', ')}`
          : undefined,
    });
  }
  return verdicts;
}

/** The report's sections on page weight, plan-page ratios and the script experiment. */
export function weightMarkdown(pages: PageWeight[], ratios: PlanRatio[], scripts: ScriptVariant[]): string[] {
  const L: string[] = [];
  const row = (...c: (string | number)[]) => L.push(`| ${c.join(' | ')} |`);
  L.push('', '## Weight per page', '', 'CSS and JS are the files each page references; inline JS is counted in JS and is also inside the HTML bytes. Transfer = gzip(HTML) + gzip of each referenced CSS/JS file.', '');
  row('Page', 'Type', 'HTML raw', 'HTML gzip', 'CSS raw', 'CSS gzip', 'JS raw', 'JS gzip', 'Transfer gzip');
  row('---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const p of pages) row(`\`${p.path}\``, p.type, fmtKB(p.html.raw), fmtKB(p.html.gzip), fmtKB(p.css.raw), fmtKB(p.css.gzip), fmtKB(p.js.raw), fmtKB(p.js.gzip), fmtKB(p.transferGzip));
  L.push('', '## Plan pages: transfer against their own text', '', 'Text = `textContent` of `.plan-body` (UTF-8), the floor no page can go under. Target ratio ≤ 1.3. Cold: a first visit (HTML + CSS + JS). Warm: CSS and JS already cached from another page of the site (HTML only).', '');
  row('Plan page', 'Text raw', 'Text gzip', 'Cold transfer gzip', 'Cold ratio', 'Warm transfer gzip', 'Warm ratio');
  row('---', '---:', '---:', '---:', '---:', '---:', '---:');
  for (const x of ratios) row(`\`${x.path}\``, fmtKB(x.textBytes), fmtKB(x.textGzip), fmtKB(x.transferGzip), x.ratio.toFixed(2), fmtKB(x.warmGzip), x.warmRatio.toFixed(2));
  if (ratios.some((x) => x.ratio > TARGETS.planTransferRatio)) {
    const warm = ratios.map((x) => x.warmRatio);
    L.push('', `Where the cold ratio is missed: the per-site costs every first visit pays (the CSS, the header with its search box and navigation, the outline, the facts) are a fixed 5–7 kB gzip, more than 30% of texts that compress to 7–18 kB. With CSS and JS cached, the same pages transfer ${Math.min(...warm).toFixed(2)}–${Math.max(...warm).toFixed(2)} × their text. What would close the cold figure: inlining only the CSS a plan page uses on first visit (a per-page critical subset) and lazy-loading the outline; each is worth measuring against the warm figure it would cost.`);
  }
  if (scripts.length) {
    L.push('', "The repeated page script inline (Vite's default for small scripts) or as a cached file: the sum over all plan pages (both languages) of what a first visit transfers (gzip, HTML + CSS + JS) and of what a visit with CSS and JS already cached transfers.", '');
    row('Variant', 'Cold, all plan pages', 'Warm, all plan pages', 'Inline script (gzip, all pages)');
    row('---', '---:', '---:', '---:');
    for (const v of scripts) row(v.variant, fmtKB(v.cold), fmtKB(v.warm), fmtKB(v.inlineScripts));
  }
  if (ratios.length) {
    const parts = Object.keys(ratios[0]!.overhead);
    L.push('', 'Where the HTML bytes beyond the text go: gzip bytes saved if the part were removed (parts overlap, so they do not add up).', '');
    row('Part', ...ratios.map((x) => `\`${x.path.replace(/^\/zh\/plans\//, '').replace(/\/$/, '')}\``));
    row('---', ...ratios.map(() => '---:'));
    for (const k of parts) row(k, ...ratios.map((x) => fmtKB(x.overhead[k]!)));
  }
  return L;
}
