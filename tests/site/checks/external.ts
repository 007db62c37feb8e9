// Static scan of a built site for assets loaded from another origin: an absolute http(s) URL
// (or a protocol-relative `//host/…`) in a position where the browser would fetch it:
//   HTML/SVG: script src, link href (stylesheet, icon, preload, modulepreload, prefetch, manifest…),
//             img/source src and srcset, video/audio/track/embed/iframe/object, SVG <image>/<use>,
//             style="" attributes and <style> blocks (CSS rules below), <meta http-equiv=refresh>.
//   CSS:      url(…), @import "…", @import url(…) — fonts come in through these.
//   JS:       static and dynamic import, importScripts, new Worker, fetch, new URL, `.src =` / `.href =`
//             assignments, and CSS url() inside strings.
// Plain <a href="https://…"> links and namespace URIs (xmlns="http://www.w3.org/2000/svg") are not
// requests and are not flagged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder, inlineBlocks, srcsetUrls, tags } from './html.ts';

export interface ExternalAsset {
  file: string;
  where: string;
  url: string;
}

const ABSOLUTE = /^\s*(?:https?:)?\/\/[^/]/i;
const ASSET_RELS = /\b(stylesheet|icon|apple-touch-icon|mask-icon|preload|modulepreload|prefetch|prerender|manifest|dns-prefetch|preconnect)\b/i;

const SRC_ATTRS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  iframe: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feimage: ['href', 'xlink:href'],
};

/** Absolute URLs fetched by a piece of CSS. */
export function cssExternalUrls(css: string): string[] {
  const out: string[] = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    const u = m[1] ?? m[2] ?? m[3] ?? '';
    if (ABSOLUTE.test(u)) out.push(u.trim());
  }
  for (const m of noComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const u = m[1] ?? m[2] ?? '';
    if (ABSOLUTE.test(u)) out.push(u.trim());
  }
  return out;
}

/** Absolute URLs fetched by a piece of JavaScript (the usual ways code loads something). */
export function jsExternalUrls(js: string): string[] {
  const out: string[] = [];
  const str = String.raw`(?:"((?:https?:)?\/\/[^"]*)"|'((?:https?:)?\/\/[^']*)'|` + '`((?:https?:)?\\/\\/[^`]*)`)';
  const patterns = [
    new RegExp(String.raw`\bimport\s*\(\s*` + str, 'g'),
    new RegExp(String.raw`\b(?:import|export)\b[^;'"\x60]*?\bfrom\s*` + str, 'g'),
    new RegExp(String.raw`\bimport\s*` + str, 'g'),
    new RegExp(String.raw`\b(?:importScripts|fetch|Worker|SharedWorker|URL|EventSource|WebSocket|sendBeacon)\s*\(\s*` + str, 'g'),
    new RegExp(String.raw`\.(?:src|href|srcset|poster|data|action)\s*=\s*` + str, 'g'),
    new RegExp(String.raw`\bsetAttribute\s*\(\s*["'](?:src|href|srcset|poster|data)["']\s*,\s*` + str, 'g'),
  ];
  for (const re of patterns) for (const m of js.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  // `new URL(\`https://example.com${path}\`)` parses a relative path against a dummy base (Pagefind
  // does this to normalise result URLs); it fetches nothing, and example.com is reserved (RFC 2606).
  for (let k = out.length - 1; k >= 0; k--) if (/^https:\/\/example\.com\$\{/.test(out[k]!)) out.splice(k, 1);
  for (const m of js.matchAll(/url\(\s*\\?["']?((?:https?:)?\/\/[^"')\\\s]+)/gi)) out.push(m[1]!);
  return out;
}

/** Absolute asset URLs in an HTML (or SVG) document. */
export function htmlExternalUrls(html: string): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const t of tags(html)) {
    const attrs = SRC_ATTRS[t.name] ?? [];
    for (const a of attrs) {
      const v = t.attrs.get(a);
      if (v === undefined) continue;
      for (const u of a === 'srcset' ? srcsetUrls(v) : [v]) if (ABSOLUTE.test(u)) out.push({ where: `<${t.name} ${a}>`, url: u.trim() });
    }
    if (t.name === 'link') {
      const href = t.attrs.get('href') ?? '';
      const rel = t.attrs.get('rel') ?? '';
      if (ASSET_RELS.test(rel) && ABSOLUTE.test(href)) out.push({ where: `<link rel="${rel}">`, url: href.trim() });
      const imagesrcset = t.attrs.get('imagesrcset');
      if (imagesrcset) for (const u of srcsetUrls(imagesrcset)) if (ABSOLUTE.test(u)) out.push({ where: '<link imagesrcset>', url: u });
    }
    if (t.name === 'meta' && /^refresh$/i.test(t.attrs.get('http-equiv') ?? '')) {
      const m = /url\s*=\s*['"]?([^'"]+)/i.exec(t.attrs.get('content') ?? '');
      if (m && ABSOLUTE.test(m[1]!)) out.push({ where: '<meta http-equiv="refresh">', url: m[1]! });
    }
    const style = t.attrs.get('style');
    if (style) for (const u of cssExternalUrls(style)) out.push({ where: `<${t.name} style>`, url: u });
  }
  for (const s of inlineBlocks(html, 'style')) for (const u of cssExternalUrls(s.body)) out.push({ where: '<style>', url: u });
  for (const s of inlineBlocks(html, 'script')) {
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(s.attrs)) continue;
    for (const u of jsExternalUrls(s.body)) out.push({ where: '<script>', url: u });
  }
  return out;
}

/** Every external asset reference in every HTML, SVG, CSS and JS file under root. */
export function scanExternalAssets(root: string): { files: number; found: ExternalAsset[] } {
  const files = filesUnder(root, ['.html', '.svg', '.css', '.js', '.mjs']);
  const found: ExternalAsset[] = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const hits = file.endsWith('.css')
      ? cssExternalUrls(text).map((url) => ({ where: 'CSS', url }))
      : file.endsWith('.js') || file.endsWith('.mjs')
        ? jsExternalUrls(text).map((url) => ({ where: 'JS', url }))
        : htmlExternalUrls(text);
    for (const h of hits) found.push({ file, ...h });
  }
  return { files: files.length, found };
}
