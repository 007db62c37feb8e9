// Which address citations and copied links carry. With SITE_URL configured, the build knows the
// site's public address and every citation names it. Without it, the build only knows a local
// default, so in the browser the address the reader actually sees (the page's own origin) replaces it.

/** A build-time absolute URL as the reader should get it: unchanged when SITE_URL was set, else moved to `origin`. */
export function readerUrl(buildUrl: string, configured: boolean, origin: string): string {
  if (configured) return buildUrl;
  const u = new URL(buildUrl);
  return `${origin}${u.pathname}${u.search}${u.hash}`;
}

/** The build's warning when SITE_URL is not set; null when it is. */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  if (env.SITE_URL) return null;
  const line = '!'.repeat(78);
  return [
    line,
    '!! SITE_URL is not set. This build names http://127.0.0.1:4321/ as its address in canonical',
    '!! links, the sitemap, hreflang, the open data and plan downloads. Citations made in a browser',
    '!! use the address the page is served from, but everything written at build time does not.',
    '!! For a deployment, build with the public address:  SITE_URL=https://example.org/atlas/ npm run build',
    line,
  ].join('\n');
}
