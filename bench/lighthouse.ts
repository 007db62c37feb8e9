// Lighthouse (mobile defaults, Debian's Chromium) on every page type, several runs per page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/browser.ts';
import { log, median, TARGETS, type Verdict } from './common.ts';

// Every page type: the root (language choice), an edition home, the longest plan page in each
// language, its parallel view, the glossary, search, comparison pages and the basket.
export const LH_PAGES = ['/', '/zh/', '/zh/plans/dehua/', '/en/plans/dehua/', '/zh/plans/dehua/parallel/', '/en/glossary/', '/zh/search/', '/en/compare/goals/', '/zh/compare/tasks/', '/en/compare/themes/ip-finance/', '/en/basket/'];

export interface LhRun {
  scores: Record<string, number>;
  metrics: Record<string, string>;
  /** Audits that lost points, per category: id, title, score, display value. */
  failing: Record<string, { id: string; title: string; score: number | null; value?: string; detail?: string }[]>;
}
export interface LhPage {
  path: string;
  runs: LhRun[];
  median: Record<string, number>;
  /** The run whose performance score is the median; its metrics and failing audits are reported. */
  representative: LhRun;
}

export const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Belt and braces: nothing but loopback can even be resolved.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The first few failing items of an audit, as text: element snippet or URL, and the reason given. */
export function detailOf(details: unknown): string | undefined {
  const raw = (details as { items?: unknown } | undefined)?.items;
  const items = Array.isArray(raw) ? (raw as Record<string, unknown>[]) : [];
  const out: string[] = [];
  for (const it of items.slice(0, 3)) {
    if (!it || typeof it !== 'object') continue;
    const node = (it.node ?? it.source) as { snippet?: string } | undefined;
    const url = typeof it.url === 'string' ? it.url : typeof it.source === 'string' ? it.source : '';
    // Snippets in code spans; local URLs without the random port, so the report diffs cleanly.
    const where = node?.snippet ? `\`${node.snippet}\`` : url.replace(/^http:\/\/127\.0\.0\.1:\d+/, '');
    const reasons = ((it.subItems as { items?: { reason?: string }[] } | undefined)?.items ?? []).map((x) => x.reason).filter(Boolean);
    if (where || reasons.length) out.push(`${where}${reasons.length ? `: ${reasons.join(', ')}` : ''}`);
  }
  return out.length ? out.join('; ') : undefined;
}

export async function benchLighthouse(origin: string, LH_RUNS: number): Promise<LhPage[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  const out: LhPage[] = [];
  try {
    for (const path of LH_PAGES) {
      const runs: LhRun[] = [];
      for (let i = 1; i <= LH_RUNS; i++) {
        const result = await lighthouse(origin + path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: Object.keys(TARGETS.lighthouse),
        });
        if (!result) throw new Error(`lighthouse returned nothing for ${path}`);
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`lighthouse ${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores: Record<string, number> = {};
        const failing: LhRun['failing'] = {};
        for (const [id, cat] of Object.entries(lhr.categories)) {
          scores[id] = Math.round((cat.score ?? 0) * 100);
          failing[id] = cat.auditRefs
            .filter((r) => r.weight > 0 || id === 'performance')
            .map((r) => lhr.audits[r.id]!)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
            .map((a) => ({ id: a.id, title: a.title, score: a.score, value: a.displayValue, detail: detailOf(a.details) }));
        }
        const metrics: Record<string, string> = {};
        for (const m of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
          metrics[m] = lhr.audits[m]?.displayValue ?? '';
        }
        runs.push({ scores, metrics, failing });
        log(`lighthouse ${path} ${i}/${LH_RUNS}: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      }
      const cats = Object.keys(runs[0]!.scores);
      const med = Object.fromEntries(cats.map((c) => [c, median(runs.map((r) => r.scores[c]!))]));
      const byPerf = [...runs].sort((a, b) => a.scores.performance! - b.scores.performance!);
      out.push({ path, runs, median: med, representative: byPerf[Math.floor(byPerf.length / 2)]! });
    }
  } finally {
    await chrome.kill();
  }
  return out;
}

/** Each category of each page against its minimum score. */
export function lighthouseVerdicts(lh: LhPage[]): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const p of lh) {
    for (const [cat, min] of Object.entries(TARGETS.lighthouse)) {
      const got = p.median[cat] ?? 0;
      const failing = p.representative.failing[cat] ?? [];
      let cause: string | undefined;
      if (got < min) {
        cause =
          cat === 'performance'
            ? `${Object.entries(p.representative.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}; ${failing.map((f) => `${f.id}${f.value ? ` (${f.value})` : ''}`).join(', ')}`
            : failing.map((f) => `${f.id}: ${f.title}${f.value ? ` (${f.value})` : ''}${f.detail ? ` — ${f.detail}` : ''}`).join('; ');
      }
      verdicts.push({ target: `Lighthouse ${cat} ${p.path} ≥ ${min}`, measured: `${got} (median of ${p.runs.length}: ${p.runs.map((r) => r.scores[cat]).join(', ')})`, pass: got >= min, cause });
    }
  }
  return verdicts;
}

/** The report's Lighthouse section. */
export function lighthouseMarkdown(lh: LhPage[], runs: number): string[] {
  if (!lh.length) return ['', '## Lighthouse', '', 'Not run in this run (BENCH_SKIP_LIGHTHOUSE, or `lighthouse` left out of BENCH_PARTS); the last figures measured are in this file\'s git history.'];
  const L = ['', `## Lighthouse (mobile defaults, simulated throttling; median of ${runs} runs)`, ''];
  const row = (...c: (string | number)[]) => L.push(`| ${c.join(' | ')} |`);
  const cats = Object.keys(lh[0]!.median);
  row('Page', ...cats, 'FCP', 'LCP', 'TBT', 'CLS', 'Speed Index');
  row('---', ...cats.map(() => '---:'), '---:', '---:', '---:', '---:', '---:');
  for (const p of lh) {
    const m = p.representative.metrics;
    row(`\`${p.path}\``, ...cats.map((c) => p.median[c]!), m['first-contentful-paint']!, m['largest-contentful-paint']!, m['total-blocking-time']!, m['cumulative-layout-shift']!, m['speed-index']!);
  }
  const lost = lh.flatMap((p) => Object.entries(p.representative.failing).flatMap(([c, fs]) => fs.map((f) => `- \`${p.path}\` ${c}: ${f.id} — ${f.title}${f.value ? ` (${f.value})` : ''}${f.detail ? `: ${f.detail.replace(/\n/g, ' ')}` : ''}`)));
  L.push('', "Audits below full score in the representative run (the run with the median performance score). The server audits (text compression, cache lifetimes, document latency) measure the bench's plain local server (tests/support/server.ts: no compression, no cache headers), not the site; the production host decides them.", '', ...(lost.length ? lost : ['- none']));
  return L;
}
