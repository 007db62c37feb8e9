import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './server.ts';

/** Every HTML page of the built site as a URL path (`/zh/plans/dehua/`), found by walking dist/. */
export function builtPages(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) {
        const rel = `/${relative(root, p).split('\\').join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(root);
  return out.sort();
}
