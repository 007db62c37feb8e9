// Records every current eId in content/ids/released.json. Run when publishing a release;
// from then on the ID test fails if any of them disappears without an alias.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allIds, convertAll } from '../converter/index.ts';
import { releaseIds, type IdManifest } from '../converter/ids.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = join(root, 'content/ids/released.json');
const released: IdManifest = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
const current: IdManifest = Object.fromEntries(convertAll({ root }).map((o) => [o.slug, allIds(o.blocks)]));
const next = releaseIds(released, current);
writeFileSync(path, `${JSON.stringify(next, null, 1)}\n`);
const added = Object.values(next).flat().length - Object.values(released).flat().length;
console.log(`released.json: ${Object.values(next).flat().length} IDs (${added} new)`);
