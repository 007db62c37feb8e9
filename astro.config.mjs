// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfmAuthored, { rehypeFootnotesZh } from './src/markdown/gfm-authored.ts';
import pageCsp from './src/integrations/page-csp.ts';
import sitemap from './src/integrations/sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import precompress from './src/integrations/precompress.ts';
import { siteUrlWarning } from './src/shared/site-url.ts';

// The site is fully static and self-contained: no external requests, and a per-page CSP
// (src/integrations/page-csp.ts) that allows the site itself plus that page's inline hashes.
// One setting for where the site lives: SITE_URL, origin and base path together
// (https://example.org/atlas/ serves the site under /atlas/). Local default: the preview server.
const siteUrl = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321/');
// A deployment that forgets SITE_URL must not pass unnoticed: the build ends with a loud warning.
const siteUrlCheck = {
  name: 'atlas:site-url',
  hooks: {
    'astro:build:done': () => {
      const warning = siteUrlWarning(process.env);
      if (warning) console.warn(`\n${warning}\n`);
    },
  },
};

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  outDir: process.env.ATLAS_OUT_DIR ?? './dist',
  // Plan MDX is generated with its structure as JSX, so Markdown extras can only do harm there:
  // GFM would turn URL-like source text into links, smart punctuation would rewrite quotes and
  // dashes. Both are off for every file; the pages written by hand (content/pages/) get GFM tables
  // and footnotes through remark-gfm, lent to the parser for those files only.
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [[remarkGfmAuthored, { authored: (/** @type {string} */ path) => path.includes('/content/pages/') }]],
      rehypePlugins: [[rehypeFootnotesZh, { zh: (/** @type {string} */ path) => path.includes('/content/pages/zh/') }]],
    }),
  },
  // Order matters: the CSP step rewrites pages, and precompression must see them final.
  integrations: [mdx(), sitemap(), searchIndex(), pageCsp(), precompress(), siteUrlCheck],
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: {
    // Whether SITE_URL was set: without it, the browser puts the page's own origin in citations (src/shared/site-url.ts).
    define: { 'import.meta.env.ATLAS_SITE_CONFIGURED': JSON.stringify(!!process.env.SITE_URL) },
    build: {
      // Every script is a file: cached across pages, and the CSP needs no per-page hashes (a
      // server can send one site-wide policy, script-src 'self'; deploy/nginx.conf).
      // ATLAS_INLINE_SCRIPTS=1 restores Vite's default (small scripts inline) for the benchmark's comparison.
      assetsInlineLimit: process.env.ATLAS_INLINE_SCRIPTS === '1' ? 4096 : 0,
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; Rolldown warns that it
        // may not survive bundling, once per MDX file (the pages under content/pages/; plan bodies are not modules). It is Astro's to handle: only that warning is muted.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
});
