// `npm start`: serves the built site at SITE_URL's base path (default http://127.0.0.1:4321/).
// Usage: node scripts/serve.ts [--port N]
import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

const site = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4321/');
const arg = process.argv.indexOf('--port');
const port = arg > 0 ? Number(process.argv[arg + 1]) : 4321;
const dist = resolve(import.meta.dirname, '..', process.env.ATLAS_OUT_DIR ?? 'dist');
const { url } = await serveStatic(dist, { base: site.pathname, port });
console.log(`IP Plan Atlas: ${url}${site.pathname}  (Ctrl-C stops)`);
