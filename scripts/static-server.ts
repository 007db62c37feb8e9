// The site's own static server: `npm start` (scripts/serve.ts) and the site tests both use it, so
// what the tests check is what a reader running the site locally gets. It behaves like the reference
// deployment (deploy/nginx.conf): pages under the base path, an address without its trailing slash
// redirected to the page, precompressed copies sent when accepted, and the 404 page with its status.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Where a request goes: a file to send, a redirect to the address with its slash, or not found. */
export function resolveRequest(root: string, base: string, url: string): { file: string } | { redirect: string } | { notFound: true } {
  const { pathname, search } = new URL(url, 'http://x');
  const b = base.replace(/\/?$/, '/');
  // The base itself without its slash (/atlas) is the site's front page.
  if (`${pathname}/` === b) return { redirect: `${b}${search}` };
  if (!pathname.startsWith(b)) return { notFound: true };
  let path: string;
  try {
    path = decodeURIComponent(pathname.slice(b.length - 1));
  } catch {
    return { notFound: true };
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return { notFound: true };
  if (existsSync(file) && statSync(file).isDirectory()) {
    // People type and paste addresses without the slash: send them to the page, keeping the query.
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/${search}` };
    const index = join(file, 'index.html');
    return existsSync(index) ? { file: index } : { notFound: true };
  }
  return existsSync(file) ? { file } : { notFound: true };
}

/** Serves a build on 127.0.0.1 under its base path; port 0 picks a free one. */
export async function serveStatic(rootDir: string, opts: { base?: string; port?: number; host?: string } = {}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const root = resolve(rootDir);
  const base = (opts.base ?? '/').replace(/\/?$/, '/');
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no index.html: run \`npm run build\` first`);
  const server: Server = createServer((req, res) => {
    const r = resolveRequest(root, base, req.url ?? '/');
    if ('redirect' in r) {
      // A relative Location keeps the reader's host and port, as nginx's absolute_redirect off does.
      res.writeHead(301, { location: r.redirect, 'content-type': TYPES['.html'] }).end();
      return;
    }
    if ('notFound' in r) {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const br = /\bbr\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${r.file}.br`);
    res.writeHead(200, { 'content-type': TYPES[extname(r.file)] ?? 'application/octet-stream', ...(br ? { 'content-encoding': 'br', vary: 'Accept-Encoding' } : {}) });
    createReadStream(br ? `${r.file}.br` : r.file).pipe(res);
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(opts.port ?? 0, host, ok));
  const { port } = server.address() as { port: number };
  return { url: `http://${host}:${port}`, server, close: () => new Promise((ok) => server.close(() => ok())) };
}
