import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { SeedError } from '../errors.ts';
import { sameText, type SourceUnit, type UnitText } from './units.ts';
import { parseStyleData, styleFindings, type StyleData, type StyleFinding } from './style.ts';
import type { GlossaryTerm } from './checks.ts';

/** A translation file as read: its units and where each starts, for messages that name the line. */
export interface TranslationFile {
  path: string;
  units: Map<string, { zh: UnitText; en: UnitText | null }>;
  lineOf: (id: string) => number | undefined;
}

/** Reads `content/translations/<lang>/<slug>.yaml`, failing with the line of a syntax error. */
export function readTranslationFile(root: string, rel: string): TranslationFile {
  const abs = `${root}/${rel}`;
  if (!existsSync(abs)) {
    throw new SeedError(rel, undefined, 'the translation file is missing', `create it with \`npm run translations:sync\` and translate every unit (see docs/translation.md)`);
  }
  const raw = readFileSync(abs, 'utf8');
  let data: unknown;
  try {
    data = load(raw);
  } catch (e) {
    const m = /\((\d+):(\d+)\)/.exec((e as Error).message);
    throw new SeedError(rel, m ? Number(m[1]) : undefined, `the translation file is not valid YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at that line (quote a value that contains ": " or starts with a special character)');
  }
  const units = (data as { units?: Record<string, { zh?: UnitText; en?: UnitText | null }> } | null)?.units;
  if (!units || typeof units !== 'object') {
    throw new SeedError(rel, 1, 'the file has no "units" map', 'give it a top-level "units:" map of block ID → {zh, en}');
  }
  const lines = raw.split('\n');
  const index = new Map<string, number>();
  lines.forEach((l, k) => {
    const m = /^ {2}(['"]?)([\w.]+)\1:\s*$/.exec(l);
    if (m) index.set(m[2]!, k + 1);
  });
  const map = new Map<string, { zh: UnitText; en: UnitText | null }>();
  for (const [id, u] of Object.entries(units)) {
    if (!u || typeof u !== 'object' || u.zh === undefined) {
      throw new SeedError(rel, index.get(id), `unit ${id} has no "zh"`, 'every unit holds the Chinese it translates under "zh" and the translation under "en"');
    }
    map.set(id, { zh: u.zh, en: u.en ?? null });
  }
  return { path: rel, units: map, lineOf: (id) => index.get(id) };
}

export interface UnitProblem {
  id: string;
  line: number | undefined;
  kind: 'missing' | 'untranslated' | 'stale' | 'orphan' | 'shape';
  message: string;
}

const show = (t: UnitText) => (typeof t === 'string' ? t : JSON.stringify(t, null, 0));

/** Compares a translation file with the plan's current units: missing, untranslated, stale and orphan units. */
export function unitProblems(file: TranslationFile, source: SourceUnit[]): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const wanted = new Set(source.map((u) => u.id));
  for (const u of source) {
    const have = file.units.get(u.id);
    if (!have) {
      problems.push({ id: u.id, line: undefined, kind: 'missing', message: `block ${u.id} has no translation unit (Chinese: "${show(u.zh)}")` });
      continue;
    }
    const line = file.lineOf(u.id);
    if (!sameText(have.zh, u.zh)) {
      problems.push({ id: u.id, line, kind: 'stale', message: `unit ${u.id} is stale: the Chinese was "${show(have.zh)}" and is now "${show(u.zh)}"` });
      continue;
    }
    const en = have.en;
    const empty = en === null || (typeof en === 'string' && !en.trim()) || (Array.isArray(en) && en.some((c) => typeof c !== 'string'));
    if (empty) {
      problems.push({ id: u.id, line, kind: 'untranslated', message: `unit ${u.id} has no English` });
      continue;
    }
    const shapeOk = Array.isArray(u.zh)
      ? Array.isArray(en) && en.length === u.zh.length
      : typeof u.zh === 'string'
        ? typeof en === 'string'
        : typeof en === 'object' && !Array.isArray(en) && ['role', 'name', 'post'].every((k) => typeof (en as unknown as Record<string, unknown>)[k] === 'string');
    if (!shapeOk) {
      problems.push({ id: u.id, line, kind: 'shape', message: `unit ${u.id}: "en" must have the shape of "zh" (${Array.isArray(u.zh) ? `a list of ${u.zh.length} cells` : typeof u.zh === 'string' ? 'a string' : 'role, name and post'})` });
    }
  }
  for (const id of file.units.keys()) {
    if (!wanted.has(id)) problems.push({ id, line: file.lineOf(id), kind: 'orphan', message: `unit ${id} matches no block of the plan (the block was removed or renumbered)` });
  }
  return problems;
}

/** Throws one error naming the file, the first problem's line, and every problem. */
export function assertNoProblems(file: TranslationFile, problems: UnitProblem[]): void {
  if (!problems.length) return;
  const first = problems[0]!;
  const list = problems.slice(0, 30).map((p) => `\n    ${file.path}${p.line ? `:${p.line}` : ''} ${p.message}`).join('');
  const more = problems.length > 30 ? `\n    …and ${problems.length - 30} more` : '';
  const fixes: Record<UnitProblem['kind'], string> = {
    missing: 'run `npm run translations:sync` to add the unit with its Chinese, then translate it',
    untranslated: 'write the English under "en"',
    stale: 'retranslate the unit from the new Chinese and replace its "zh" with the new Chinese',
    orphan: 'remove the unit, or keep its English under the block\'s new ID',
    shape: 'give "en" the same shape as "zh"',
  };
  throw new SeedError(file.path, first.line, `${problems.length} translation problem(s):${list}${more}`, fixes[first.kind]);
}

/** Reads and validates the house style data (`content/glossary/style.yaml`). */
export function readStyleData(root: string, rel = 'content/glossary/style.yaml'): StyleData {
  const abs = `${root}/${rel}`;
  if (!existsSync(abs)) throw new SeedError(rel, undefined, 'the house style data file is missing', 'restore it from git (docs/translation.md, "House style", describes it)');
  return parseStyleData(readFileSync(abs, 'utf8'), rel);
}

/** The style findings of a translation file's current, translated units (see style.ts). */
export function fileStyleFindings(file: TranslationFile, source: SourceUnit[], data: StyleData, glossary: GlossaryTerm[] = []): StyleFinding[] {
  const units = source.flatMap((u) => {
    const have = file.units.get(u.id);
    return have && have.en !== null && sameText(have.zh, u.zh) ? [{ id: u.id, en: have.en }] : [];
  });
  return styleFindings(units, data, glossary);
}

/** One line per finding: file, line, block ID, what was found and what to write instead. */
export function styleLine(file: TranslationFile, f: StyleFinding): string {
  const line = file.lineOf(f.id);
  return `${file.path}${line ? `:${line}` : ''} ${f.severity} ${f.rule} ${f.id}: "${f.found}" → ${f.prefer}`;
}

/** Throws one error naming the file, the first error's line, and every style error (warnings do not fail). */
export function assertNoStyleErrors(file: TranslationFile, findings: StyleFinding[]): void {
  const errors = findings.filter((f) => f.severity === 'error');
  if (!errors.length) return;
  const list = errors.slice(0, 30).map((f) => `\n    ${styleLine(file, f)}`).join('');
  const more = errors.length > 30 ? `\n    …and ${errors.length - 30} more (npm run translations:check lists them all with --verbose)` : '';
  throw new SeedError(file.path, file.lineOf(errors[0]!.id), `${errors.length} house style error(s):${list}${more}`, 'write the preferred rendering (docs/translation.md, "House style"); the table there gives the reason for each');
}
