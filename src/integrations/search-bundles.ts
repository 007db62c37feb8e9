// One of the processes that write the search index's block-level bundles (search-index.ts starts
// them, each with its own Pagefind indexer, so the bundles are written on every core). Reads
// {root, out, base, slugs} as JSON on stdin; prints "blocks <n>" when done; exits 1 with the error.
import { writePlanBundles } from './search-index.ts';

let input = '';
for await (const chunk of process.stdin) input += chunk;
try {
  const { root, out, base, slugs } = JSON.parse(input) as { root: string; out: string; base: string; slugs: string[] };
  console.log(`blocks ${await writePlanBundles(root, out, slugs, base)}`);
} catch (e) {
  console.error((e as Error).stack ?? String(e));
  process.exit(1);
}
