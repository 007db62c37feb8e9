import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SeedError } from './errors.ts';
import { readHints, type PlanHints } from './hints.ts';
import { plainText, splitAgencies } from './inline.ts';
import { clean } from './stages/clean.ts';
import { outline, planMdx } from './stages/emit.ts';
import { parallelMdx } from './stages/parallel.ts';
import { blockRecords, type BlockRecord } from './stages/blocks.ts';
import { compareOutputs } from './compare/index.ts';
import { json } from './json.ts';
import { parseSeed } from './stages/parse.ts';
import { structure } from './stages/structure.ts';
import { headerText } from './stages/table.ts';
import type { Block, ConversionReport } from './types.ts';
import { assertNoProblems, assertNoStyleErrors, fileStyleFindings, readStyleData, readTranslationFile, unitProblems } from './translation/file.ts';
import { AGENCIES_FILE, translateBlocks, translateMeta, type AgencyNames } from './translation/translate.ts';
import { sourceUnits } from './translation/units.ts';
import { load } from 'js-yaml';
import { linkCitations, linkEnglishCitations, readDocuments } from './lineage/documents.ts';
import { lineageOutputs } from './lineage/index.ts';
import { planSchema } from '../src/schemas/plan.ts';
import { Staging } from './staging.ts';

/** Languages the plans are translated into (units in content/translations/<lang>/). */
export const TRANSLATIONS = ['en'] as const;

/**
 * The plans, from the files that make one: a seed in seeds/ and its hint file in converter/hints/.
 * Adding a plan is adding those two files (and its translation units); no code names the plans.
 */
export function planSlugs(root: string): string[] {
  const names = (dir: string, ext: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)) : [];
  const seeds = names('seeds', '.txt');
  const hints = new Set(names('converter/hints', '.json'));
  for (const s of seeds) {
    if (!hints.has(s)) throw new SeedError(`seeds/${s}.txt`, undefined, `the seed has no hint file converter/hints/${s}.json`, 'write its hint file (see docs/conversion.md), or remove the seed');
  }
  for (const h of hints) {
    if (!seeds.includes(h)) throw new SeedError(`converter/hints/${h}.json`, undefined, `the hint file has no seed seeds/${h}.txt`, 'add the seed, or remove the hint file');
  }
  // Reading order: the order the sources were received in (their original file names).
  const order = (slug: string) => String(readHints(join(root, 'converter/hints', `${slug}.json`)).meta.sourceName ?? slug);
  return seeds.sort((a, b) => order(a).localeCompare(order(b)) || a.localeCompare(b));
}

export interface ConvertOptions {
  root: string;
  slugs?: readonly string[];
  /** Development only: emit untranslated units as their Chinese instead of failing. */
  allowUntranslated?: boolean;
}

export interface PlanOutput {
  slug: string;
  blocks: Block[];
  report: ConversionReport;
  /** Path (relative to root) → file contents. */
  files: Map<string, string>;
}

type Aliases = Record<string, Record<string, string>>;

/** The Chinese edition of a plan: its blocks, validated frontmatter and conversion report. */
export function readPlan(root: string, slug: string, aliases: Aliases = {}) {
  const seedPath = `seeds/${slug}.txt`;
  const hints = readHints(join(root, 'converter/hints', `${slug}.json`));
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, seedPath));
  } catch {
    throw new SeedError(seedPath, undefined, 'the seed file is missing', `copy it from shared/seeds (see seeds/SOURCES.md) as ${seedPath}`);
  }
  const report: ConversionReport = { slug, removed: [], bookmarks: [], indentation: [], joins: [], notes: [] };
  const lines = parseSeed(bytes, seedPath);
  const cleaned = clean(lines, report);
  const blocks = structure(cleaned, hints, seedPath, report);
  applyAliases(blocks, aliases[slug] ?? {}, seedPath);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const ids = allIds(blocks);
  const { sourceName, ...meta } = hints.meta as { sourceName?: string };
  const frontmatter = {
    ...meta,
    slug,
    lang: 'zh',
    source: { file: seedPath, original: sourceName, sha256, lines: lines.length },
    stats: {
      characters: blocks.reduce((n, b) => n + countChars(b), 0),
      blocks: blocks.length,
      ids: ids.length,
    },
    editorialNotes: report.notes.map((n) => ({ n: n.n, eid: n.eid, kind: n.kind, line: n.line, text: n.text, original: n.original ?? null, corrected: n.corrected ?? null })),
    outline: outline(blocks),
  };

  validateFrontmatter(frontmatter, join(root, 'converter/hints', `${slug}.json`), `converter/hints/${slug}.json`);
  return { hints, blocks, frontmatter, report, ids };
}

/** The translation units of a plan as its Chinese stands now. */
export function planUnits(plan: ReturnType<typeof readPlan>) {
  return sourceUnits(plan.blocks, plan.frontmatter, plan.report.notes, plan.hints);
}

/** Converts one seed to its MDX, data and report files, in memory. */
export function convertPlan(root: string, slug: string, aliases: Aliases = {}, agencies: AgencyNames = readAgencies(root), opts: Pick<ConvertOptions, 'allowUntranslated'> = {}): PlanOutput {
  const plan = readPlan(root, slug, aliases);
  const { hints, blocks, frontmatter, report, ids } = plan;
  const files = new Map<string, string>();
  // Cited titles link to their document (the list is needed only by a plan that cites one).
  const cites = blocks.some((b) => b.inlines.some((i) => i.t === 'text' && i.text.includes('《')));
  const documents = cites ? readDocuments(root) : undefined;
  const linked = documents ? linkCitations(blocks, documents, slug) : blocks;
  files.set(`content/plans/zh/${slug}.mdx`, planMdx(frontmatter, linked));
  const tableBlocks = blocks.filter((b) => b.kind === 'table');
  files.set(`content/data/tables/${slug}.json`, json({ plan: slug, tables: tableBlocks.map((b) => tableData(b)) }));
  files.set(`content/data/responsibilities/${slug}.json`, json({ plan: slug, tasks: responsibilities(blocks, hints) }));
  files.set(`content/reports/${slug}.json`, json({ ...report, ids: ids.length, idList: ids }));

  for (const lang of TRANSLATIONS) {
    const rel = `content/translations/${lang}/${slug}.yaml`;
    const file = readTranslationFile(root, rel);
    const units = planUnits(plan);
    const problems = unitProblems(file, units);
    if (opts.allowUntranslated) {
      for (const u of units) if (problems.some((p) => p.id === u.id)) file.units.set(u.id, { zh: u.zh, en: u.zh });
    } else {
      assertNoProblems(file, problems);
      assertNoStyleErrors(file, fileStyleFindings(file, units, readStyleData(root)));
    }
    const english = translateBlocks(blocks, file, slug, hints, agencies, opts.allowUntranslated);
    const meta = translateMeta(frontmatter, file);
    const notesEn = meta.editorialNotes.map((n) => ({ ...n, text: (file.units.get(`ednote.${n.n}`)?.en as string) ?? n.text }));
    const englishLinked = documents ? linkEnglishCitations(english, blocks, documents, slug) : english;
    files.set(`content/plans/${lang}/${slug}.mdx`, planMdx({ ...meta, lang, editorialNotes: notesEn, outline: outline(english, lang) }, englishLinked, blocks));
    files.set(`content/parallel/${slug}.mdx`, parallelMdx(slug, linked, englishLinked));
    files.set(`content/data/blocks/${slug}.json`, json({ plan: slug, blocks: blockRecords(blocks, english, hints) }));
    // Each table in English too, cell by cell, so a collected table can be exported in either language.
    const englishTables = new Map(english.filter((b) => b.kind === 'table').map((b) => [b.eid, b]));
    files.set(`content/data/tables/${slug}.json`, json({ plan: slug, tables: tableBlocks.map((b) => ({ ...tableData(b), [lang]: gridOf(englishTables.get(b.eid)!) })) }));
  }
  return { slug, blocks, report, files };
}

/** Agency names in English, by plan (read once for all plans). */
export function readAgencies(root: string): AgencyNames {
  const path = join(root, AGENCIES_FILE);
  if (!existsSync(path)) return {};
  try {
    return (load(readFileSync(path, 'utf8')) ?? {}) as AgencyNames;
  } catch (e) {
    const m = /\((\d+):(\d+)\)/.exec((e as Error).message);
    throw new SeedError(AGENCIES_FILE, m ? Number(m[1]) : undefined, `not valid YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at that line');
  }
}

/**
 * Checks the frontmatter with the site's own schema before anything is written, so a bad fact
 * in a hint file fails here, naming the hint file and the line of the field.
 */
function validateFrontmatter(frontmatter: unknown, hintsPath: string, hintsName: string): void {
  const result = planSchema.safeParse(JSON.parse(JSON.stringify(frontmatter)));
  if (result.success) return;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  const key = issue.path.filter((k) => typeof k === 'string').at(-1);
  // Plan facts live in the hint file's "meta" object: look for the field there, or report it missing.
  const raw = readFileSync(hintsPath, 'utf8');
  const metaAt = Math.max(0, raw.indexOf('"meta"'));
  const metaEnd = raw.indexOf('"regions"') > metaAt ? raw.indexOf('"regions"') : raw.length;
  const found = key ? raw.slice(metaAt, metaEnd).search(new RegExp(`"${String(key)}"\\s*:`)) : -1;
  const lineOf = (offset: number) => raw.slice(0, offset).split('\n').length;
  const missing = found < 0;
  throw new SeedError(
    hintsName,
    lineOf(missing ? metaAt : metaAt + found),
    missing ? `frontmatter field "${field}" is missing (${issue.message})` : `frontmatter field "${field}": ${issue.message}`,
    missing ? `add "${field}" to "meta" in the hint file (schema: src/schemas/plan.ts)` : `correct "${String(key)}" in the hint file (schema: src/schemas/plan.ts)`,
  );
}

/** Every eId a plan page carries: blocks, table rows and table notes. */
export function allIds(blocks: Block[]): string[] {
  const ids: string[] = [];
  for (const b of blocks) {
    ids.push(b.eid);
    if (b.table) {
      for (const r of b.table.rows) ids.push(r.eid);
      for (const n of b.table.notes) ids.push(n.eid);
    }
  }
  return ids;
}

function countChars(b: Block): number {
  const text = b.table
    ? [b.table.caption?.text ?? '', ...b.table.rows.flatMap((r) => r.cells.filter((c) => !c.covered).map((c) => c.text)), ...b.table.notes.map((n) => n.text)].join('')
    : (b.num ?? '') + plainText(b.inlines);
  return [...text.replace(/\s/g, '')].length;
}

function applyAliases(blocks: Block[], map: Record<string, string>, file: string): void {
  const byId = new Map<string, Block>();
  for (const b of blocks) {
    byId.set(b.eid, b);
    for (const r of b.table?.rows ?? []) byId.set(r.eid, b);
  }
  for (const [old, target] of Object.entries(map)) {
    const b = byId.get(target);
    if (!b) throw new SeedError('content/ids/aliases.json', undefined, `alias ${old} → ${target}: the target ID does not exist in ${file}`, 'point the alias at an ID the plan still has');
    (b.aliases ??= []).push(old);
  }
}

function tableData(b: Block) {
  const t = b.table!;
  return {
    eid: b.eid,
    caption: t.caption?.text ?? null,
    columns: t.columns,
    rows: t.rows
      .filter((r) => !r.header)
      .map((r) => ({ eid: r.eid, line: r.line, cells: r.cells.map((c) => (c.covered ? c.value! : c.text).replace(/\n/g, '')) })),
    notes: t.notes.map((n) => ({ eid: n.eid, text: n.text })),
  };
}

/** A translated table's caption, column names and cells, a covered cell repeating the cell that spans it. */
function gridOf(b: Block) {
  const t = b.table!;
  const above: string[] = [];
  const rows: string[][] = [];
  for (const r of t.rows) {
    const cells = r.cells.map((c, k) => (c.covered ? (above[k] ?? '') : c.text.replace(/\n/g, '')));
    cells.forEach((c, k) => (above[k] = c));
    if (!r.header) rows.push(cells);
  }
  return { caption: t.caption?.text ?? null, columns: headerText(t.rows.filter((r) => r.header)), rows };
}

function responsibilities(blocks: Block[], hints: PlanHints) {
  const tasks: { eid: string; source: 'note' | 'table'; lead: string[]; participants: string[]; text: string }[] = [];
  for (const b of blocks) {
    for (const i of b.inlines) {
      if (i.t === 'resp') tasks.push({ eid: b.eid, source: 'note', lead: i.agencies, participants: [], text: i.text });
    }
    if (b.table && hints.meta.responsibilityTable === b.eid) {
      const cols = b.table.columns;
      const col = (name: string) => {
        const k = cols.indexOf(name);
        if (k < 0) throw new SeedError(`converter/hints/${hints.slug}.json`, undefined, `the responsibility table ${b.eid} has no column "${name}" (columns: ${cols.join(', ')})`, 'point "responsibilityTable" at the task-division table, or update the column names in converter/index.ts');
        return k;
      };
      const [lead, part, practice] = [col('责任部门'), col('参与部门'), col('具体做法')];
      for (const r of b.table.rows.filter((r) => !r.header)) {
        const val = (k: number) => (r.cells[k]!.covered ? r.cells[k]!.value! : r.cells[k]!.text).replace(/\n/g, '');
        tasks.push({ eid: r.eid, source: 'table', lead: splitAgencies(val(lead)), participants: splitAgencies(val(part)), text: val(practice) });
      }
    }
  }
  return tasks;
}


/** Converts every plan; throws before writing anything if any plan fails. */
export function convertAll(opts: ConvertOptions): PlanOutput[] {
  const aliasesPath = join(opts.root, 'content/ids/aliases.json');
  const aliases: Aliases = existsSync(aliasesPath) ? JSON.parse(readFileSync(aliasesPath, 'utf8')) : {};
  const agencies = readAgencies(opts.root);
  return (opts.slugs ?? planSlugs(opts.root)).map((slug) => convertPlan(opts.root, slug, aliases, agencies, opts));
}

/** The comparison data of all converted plans (content/data/compare/), checked against their blocks. */
export function convertCompare(root: string, outputs: PlanOutput[]): { files: Map<string, string> } {
  const blocks = new Map(outputs.map((o) => [o.slug, JSON.parse(o.files.get(`content/data/blocks/${o.slug}.json`)!).blocks as BlockRecord[]]));
  const responsibilities = new Map(outputs.map((o) => [o.slug, JSON.parse(o.files.get(`content/data/responsibilities/${o.slug}.json`)!).tasks]));
  return { files: compareOutputs(root, blocks, responsibilities, readAgencies(root)) };
}

/** Shared wording and the documents cited, across all converted plans (converter/lineage/). */
export function convertLineage(root: string, outputs: PlanOutput[]): { files: Map<string, string> } {
  const blocks = new Map(outputs.map((o) => [o.slug, JSON.parse(o.files.get(`content/data/blocks/${o.slug}.json`)!).blocks as BlockRecord[]]));
  return { files: lineageOutputs(root, blocks) };
}

/** What the command line reports of a converted plan (its files are on disk, not held). */
export interface PlanSummary { slug: string; blocks: number; removed: number; bookmarks: number; joins: number; notes: number }

/** The blocks of every staged plan, read back from the staging folder. */
function stagedBlocks(staging: Staging, slugs: string[]): Map<string, BlockRecord[]> {
  return new Map(slugs.map((s) => [s, JSON.parse(staging.read(`content/data/blocks/${s}.json`)).blocks as BlockRecord[]]));
}

/**
 * Converts the plans into content/, all or nothing, holding one plan's output at a time: each plan's
 * files are staged as it is converted, the corpus-wide stages (comparison data, shared wording) read
 * the plans' blocks back from the staging folder, and only when everything has converted are the
 * changed files swapped in (src: converter/staging.ts). With `check`, nothing is written and the
 * result lists the files that differ. A failure leaves content/ as it was; the staging folder is
 * removed either way.
 */
export function convertInto(opts: ConvertOptions & { check?: boolean; onPlan?: (p: PlanSummary) => void }): { plans: PlanSummary[]; changed: string[] } {
  const staging = new Staging(opts.root);
  try {
    const aliasesPath = join(opts.root, 'content/ids/aliases.json');
    const aliases: Aliases = existsSync(aliasesPath) ? JSON.parse(readFileSync(aliasesPath, 'utf8')) : {};
    const agencies = readAgencies(opts.root);
    const plans: PlanSummary[] = [];
    for (const slug of opts.slugs ?? planSlugs(opts.root)) {
      const o = convertPlan(opts.root, slug, aliases, agencies, opts);
      for (const [rel, text] of o.files) staging.write(rel, text);
      const r = o.report;
      const summary = { slug, blocks: o.blocks.length, removed: r.removed.length, bookmarks: r.bookmarks.length, joins: r.joins.length, notes: r.notes.length };
      plans.push(summary);
      opts.onPlan?.(summary);
    }
    // Comparison data spans every plan, so it is checked and written only in a whole conversion.
    if (!opts.slugs?.length) {
      const slugs = plans.map((p) => p.slug);
      // Read back once for both stages: the blocks are what they need of each plan (not its MDX).
      const blocks = stagedBlocks(staging, slugs);
      const responsibilities = new Map(slugs.map((s) => [s, JSON.parse(staging.read(`content/data/responsibilities/${s}.json`)).tasks]));
      for (const [rel, text] of compareOutputs(opts.root, blocks, responsibilities, agencies)) staging.write(rel, text);
      for (const [rel, text] of lineageOutputs(opts.root, blocks)) staging.write(rel, text);
    }
    return { plans, changed: opts.check ? staging.changed() : staging.swap() };
  } finally {
    staging.remove();
  }
}

/** Writes outputs atomically per file (temp + rename) after every plan converted. */
export function writeOutputs(root: string, outputs: Pick<PlanOutput, 'files'>[]): string[] {
  const written: string[] = [];
  for (const o of outputs) {
    for (const [rel, text] of o.files) {
      const path = join(root, rel);
      mkdirSync(dirname(path), { recursive: true });
      if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
      writeFileSync(`${path}.tmp`, text);
      renameSync(`${path}.tmp`, path);
      written.push(rel);
    }
  }
  return written;
}

/** Files whose committed contents differ from a fresh conversion. */
export function staleOutputs(root: string, outputs: Pick<PlanOutput, 'files'>[]): string[] {
  const stale: string[] = [];
  for (const o of outputs) {
    for (const [rel, text] of o.files) {
      const path = join(root, rel);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(rel);
    }
  }
  return stale;
}
