import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The converter's data files are read when a page first asks for them, not imported as modules: an
// imported JSON file is bundled into the build (at 3,000 plans content/data/compare/ is 67 MB, which
// the bundler holds as source and syntax tree several times over).

const cache = new Map<string, unknown>();

/** A JSON file under content/data/, parsed once per build process. */
export function contentData<T>(path: string): T {
  if (!cache.has(path)) cache.set(path, JSON.parse(readFileSync(join(process.cwd(), 'content/data', path), 'utf8')));
  return cache.get(path) as T;
}
