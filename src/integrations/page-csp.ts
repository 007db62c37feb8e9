import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Sets a Content-Security-Policy in every built page, allowing scripts and styles from the site
 * itself plus the hashes of that page's own inline scripts and styles — nothing site-wide, no
 * 'unsafe-inline', no other origin.
 */

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The policy for one page: its inline script and style hashes, everything else 'self' or none. */
export function policyFor(html: string): string {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attrs, body] of html.matchAll(INLINE)) {
    if (/\bsrc\s*=/.test(attrs!) || /type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs!)) continue;
    hashes[tag!.toLowerCase() as 'script' | 'style'].add(sha256(body!));
  }
  const list = (s: Set<string>) => [...s].sort().map((h) => ` ${h}`).join('');
  // Only the search page runs WebAssembly (Pagefind): it alone may compile it.
  const wasm = /\sdata-pagefind=/.test(html) ? " 'wasm-unsafe-eval'" : '';
  return [
    "default-src 'self'",
    `script-src 'self'${wasm}${list(hashes.script)}`,
    `style-src 'self'${list(hashes.style)}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first thing in <head> after the charset, which must stay first. */
export function withPolicy(html: string, file = 'page'): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(`${file} already has a CSP meta; two policies would both apply`);
  }
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
  const charset = /<meta charset="?utf-8"?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  const head = /<head[^>]*>/i.exec(html);
  if (!head) throw new Error(`${file} has no <head>: cannot set its CSP`);
  return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** The integration: rewrites every page after the build; any failure fails the build. */
export default function pageCsp(): AstroIntegration {
  return {
    name: 'atlas:page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const files = await htmlFiles(fileURLToPath(dir));
        for (const file of files) await writeFile(file, withPolicy(await readFile(file, 'utf8'), file));
        logger.info(`CSP set on ${files.length} pages`);
      },
    },
  };
}
