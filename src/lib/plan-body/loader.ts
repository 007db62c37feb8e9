// The plans collection: each plan's frontmatter, read from content/plans/<lang>/<slug>.mdx without
// making the file a module (Astro's glob loader would bundle every MDX body into the build). The
// body is rendered by the page that shows it (./render.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { load as yaml } from 'js-yaml';

/** A loader of `<base>/<lang>/<slug>.mdx` frontmatter, with IDs `<lang>/<slug>`. */
export function planFrontmatter(base: string): Loader {
  return {
    name: 'plan-frontmatter',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const dir = join(fileURLToPath(config.root), base);
      const sync = async () => {
        store.clear();
        for (const lang of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
          for (const name of readdirSync(join(dir, lang.name)).filter((f) => f.endsWith('.mdx')).sort()) {
            const filePath = join(base, lang.name, name);
            const source = readFileSync(join(dir, lang.name, name), 'utf8');
            const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
            if (!m) throw new Error(`${filePath}: no frontmatter (it is generated: run npm run convert)`);
            const id = `${lang.name}/${name.slice(0, -4)}`;
            const data = await parseData({ id, data: yaml(m[1]!) as Record<string, unknown>, filePath });
            store.set({ id, data, filePath, digest: generateDigest(m[1]!) });
          }
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void sync();
      });
    },
  };
}
