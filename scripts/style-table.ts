#!/usr/bin/env node
// Usage: node scripts/style-table.ts
// Regenerates the house-style tables of docs/translation.md from content/glossary/style.yaml, so the
// doc and the style check read the same data (a unit test fails when they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStyleData } from '../converter/translation/file.ts';
import { originalsTable, phraseTable, replaceBetweenMarkers } from '../converter/translation/style.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = join(root, 'docs/translation.md');
const data = readStyleData(root);
let doc = readFileSync(docPath, 'utf8');
doc = replaceBetweenMarkers(doc, 'style-phrases', phraseTable(data));
doc = replaceBetweenMarkers(doc, 'style-originals', originalsTable(data));
writeFileSync(docPath, doc);
console.log(`docs/translation.md: ${data.phrases.length} stock phrases, ${data.originals.length} allowed originals`);
