#!/usr/bin/env node
// Usage: node scripts/translations-check.ts [--verbose] [slug…]
// For translators as they work, and the same figures the test suite asserts: per plan, the units
// still missing or stale, number parity, Chinese left in the English, glossary consistency, and the
// house style check (errors fail, as in the build; warnings are counted per plan).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { planSlugs, planUnits, readPlan } from '../converter/index.ts';
import { fileStyleFindings, readStyleData, readTranslationFile, styleLine, unitProblems } from '../converter/translation/file.ts';
import { auditTranslation, type GlossaryTerm } from '../converter/translation/audit.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const slugs = args.filter((a) => !a.startsWith('--'));
const glossaryPath = join(root, 'content/glossary/terms.yaml');
const glossary = existsSync(glossaryPath) ? (load(readFileSync(glossaryPath, 'utf8')) as GlossaryTerm[]) : [];
const style = readStyleData(root);
const styleTotals: string[] = [];
let failed = false;

for (const slug of slugs.length ? slugs : planSlugs(root)) {
  const rel = `content/translations/en/${slug}.yaml`;
  const file = readTranslationFile(root, rel);
  const units = planUnits(readPlan(root, slug));
  const problems = unitProblems(file, units);
  const a = auditTranslation(file, units, glossary);
  const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)}%` : 'n/a');
  console.log(`\n${slug}: ${units.length} units, ${units.length - problems.filter((p) => p.kind !== 'orphan').length} translated`);
  console.log(`  numbers:  ${a.numbers.ok}/${a.numbers.total} units with numbers match (${pct(a.numbers.ok, a.numbers.total)})`);
  console.log(`  chinese:  ${a.leftover.length} units with Chinese left outside parenthesised originals and document numbers`);
  console.log(`  glossary: ${a.glossary.ok}/${a.glossary.total} term occurrences rendered as the glossary says (${pct(a.glossary.ok, a.glossary.total)})`);
  const findings = fileStyleFindings(file, units, style, glossary);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  console.log(`  style:    ${errors.length} errors, ${warnings.length} warnings (docs/translation.md, "House style")`);
  styleTotals.push(`${slug} ${errors.length} errors, ${warnings.length} warnings`);
  const show = verbose ? Infinity : 15;
  for (const p of problems.slice(0, show)) console.log(`  ${rel}${p.line ? `:${p.line}` : ''} ${p.kind}: ${p.message.slice(0, 160)}`);
  for (const m of a.numbers.mismatches.slice(0, show)) console.log(`  ${rel}${file.lineOf(m.id) ? `:${file.lineOf(m.id)}` : ''} numbers ${m.id}: missing [${m.missing}] added [${m.added}]`);
  for (const l of a.leftover.slice(0, show)) console.log(`  ${rel}${file.lineOf(l.id) ? `:${file.lineOf(l.id)}` : ''} chinese ${l.id}: ${l.chinese.join(' ')}`);
  for (const g of a.glossary.misses.slice(0, show)) console.log(`  ${rel}${file.lineOf(g.id) ? `:${file.lineOf(g.id)}` : ''} glossary ${g.id}: ${g.zh} → expected "${g.expected}"`);
  for (const f of errors.slice(0, verbose ? Infinity : 40)) console.log(`  ${styleLine(file, f)}`);
  if (errors.length > 40 && !verbose) console.log(`  …and ${errors.length - 40} more style errors (--verbose lists all)`);
  for (const f of warnings.slice(0, show)) console.log(`  ${styleLine(file, f)}`);
  if (problems.length || errors.length || a.numbers.mismatches.length || a.leftover.length || (a.glossary.total && a.glossary.ok / a.glossary.total < 0.98)) failed = true;
}
console.log(`\nstyle per plan: ${styleTotals.join('; ')}`);
process.exitCode = failed ? 1 : 0;
