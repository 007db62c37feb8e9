// Lighthouse (mobile defaults, Debian's Chromium) on chosen pages of the built site, one category:
//   node bench/lighthouse-pages.ts [--category accessibility] /zh/plans/deyang/ /en/plans/deyang/parallel/
// Prints each page's score and the audits it fails. A quick check between full `npm run bench` runs.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveDist } from '../tests/support/server.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--category');
const category = at >= 0 ? args.splice(at, 2)[1]! : 'accessibility';
const site = await serveDist();
const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'], logLevel: 'silent' });
try {
  for (const path of args) {
    const lhr = (await lighthouse(site.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [category] }))!.lhr;
    const cat = lhr.categories[category]!;
    const failing = cat.auditRefs.map((a) => lhr.audits[a.id]!).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    console.log(`${path}: ${category} ${Math.round((cat.score ?? 0) * 100)}${failing.length ? `; failing: ${failing.map((a) => a.id).join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await site.close();
}
