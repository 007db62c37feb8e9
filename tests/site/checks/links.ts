// Internal link and #fragment checker over a built site folder (no server, no network).
// Every URL-bearing attribute of every page is resolved the way a browser would (relative to the
// page URL, entities decoded); same-site URLs must name a file that exists, and a fragment must name
// an element id on the target page, compared after percent-decoding (`#%E7%9B%AE` finds id="目").
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../support/pages.ts';
import { fileOfPath, srcsetUrls, tags } from './html.ts';

export interface LinkProblem {
  page: string;
  element: string;
  value: string;
  problem: string;
}

export interface LinkReport {
  pages: number;
  /** URL attributes looked at. */
  links: number;
  /** Of those, same-site URLs whose target file was checked. */
  internal: number;
  /** Of those, URLs with a #fragment whose target id was checked. */
  fragments: number;
  external: number;
  problems: LinkProblem[];
}

/** Attributes holding a URL, by element. */
const URL_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

const ORIGIN = 'http://site.invalid';
const SKIP_SCHEMES = /^(mailto|tel|sms|data|blob|javascript|about):/i;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Element ids (and `<a name>`) of each page, read once. */
class IdIndex {
  private cache = new Map<string, Set<string>>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  get(file: string): Set<string> {
    let ids = this.cache.get(file);
    if (!ids) {
      ids = new Set();
      for (const t of tags(readFileSync(join(this.root, file), 'utf8'))) {
        const id = t.attrs.get('id');
        if (id) ids.add(id);
        if (t.name === 'a' && t.attrs.get('name')) ids.add(t.attrs.get('name')!);
      }
      this.cache.set(file, ids);
    }
    return ids;
  }
}

/**
 * Checks every page of a built site.
 * @param siteOrigins absolute origins that also count as this site (the configured `site`).
 * @param basePath the path the site is served under (`/`, or `/atlas/`): pages live below it, and a
 *   same-site link outside it is broken.
 */
export function checkLinks(root: string, siteOrigins: string[] = [], basePath = '/'): LinkReport {
  const report: LinkReport = { pages: 0, links: 0, internal: 0, fragments: 0, external: 0, problems: [] };
  const ids = new IdIndex(root);
  const own = new Set([ORIGIN, ...siteOrigins.map((o) => new URL(o).origin)]);

  for (const page of builtPages(root)) {
    report.pages++;
    const file = fileOfPath(page);
    const html = readFileSync(join(root, file), 'utf8');
    const base = new URL(basePath + page.slice(1), ORIGIN);
    for (const tag of tags(html)) {
      for (const attr of URL_ATTRS[tag.name] ?? []) {
        const raw = tag.attrs.get(attr);
        if (raw === undefined) continue;
        for (const value of attr === 'srcset' ? srcsetUrls(raw) : [raw.trim()]) {
          report.links++;
          const element = `<${tag.name} ${attr}="${raw}">`;
          const fail = (problem: string) => report.problems.push({ page, element, value, problem });
          if (SKIP_SCHEMES.test(value)) continue;
          let url: URL;
          try {
            url = new URL(value, base);
          } catch {
            fail('not a valid URL');
            continue;
          }
          if (!own.has(url.origin)) {
            report.external++;
            continue;
          }
          report.internal++;
          const full = decode(url.pathname);
          if (!full.startsWith(basePath)) {
            fail(`${full} is outside the site's base path ${basePath}`);
            continue;
          }
          const path = `/${full.slice(basePath.length)}`;
          let target: string;
          if (path.endsWith('/')) {
            target = `${path.slice(1)}index.html`;
            if (!existsSync(join(root, target))) {
              fail(`no page at ${path} (no ${target} in the build)`);
              continue;
            }
          } else {
            target = path.slice(1);
            const abs = join(root, target);
            if (!existsSync(abs)) {
              fail(`no file at ${path}`);
              continue;
            }
            if (statSync(abs).isDirectory()) {
              fail(`${path} is a folder: link to ${path}/ (the site uses trailing slashes)`);
              continue;
            }
          }
          if (url.hash.length > 1) {
            report.fragments++;
            const fragment = url.hash.slice(1);
            if (!target.endsWith('.html')) continue;
            const targetIds = ids.get(target);
            const id = decode(fragment);
            if (!targetIds.has(fragment) && !targetIds.has(id) && id.toLowerCase() !== 'top') {
              fail(`no element with id="${id}" on ${path}`);
            }
          }
        }
      }
    }
  }
  return report;
}

/** One line per problem, for test failure messages. */
export function formatProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `${p.page}: ${p.element} → ${p.problem}`).join('\n');
}
