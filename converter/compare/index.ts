// The comparison data: curated files in content/compare/ checked against the plans' blocks and
// emitted as content/data/compare/*.json for the comparison pages and the open data.
import type { z } from 'astro/zod';
import { SeedError } from '../errors.ts';
import type { BlockRecord } from '../stages/blocks.ts';
import { commitmentsFileSchema, indicatorsFileSchema, statusFileSchema, tagsFileSchema, targetsFileSchema, themesFileSchema, unitsGlossarySchema, type Commitment, type StatusFigure, type Target } from '../../src/schemas/compare.ts';
import { agencyIndex, type ResponsibilityTask } from './agencies.ts';
import type { AgencyNames } from '../translation/translate.ts';
import { statesValue } from './numbers.ts';
import { json } from '../json.ts';
import { readCurated, type CuratedFile } from './read.ts';

type Blocks = Map<string, BlockRecord[]>;

const DOC = 'docs/comparison.md';

/** Parses a curated file with its schema, naming the line of the first problem. */
function parsed<S extends z.ZodType>(file: CuratedFile<unknown>, schema: S): z.infer<S> {
  const r = schema.safeParse(file.data);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const path = issue.path.map(String);
  // Point at the list item (targets[3] → its "- " line), then at the field inside it.
  const item = path.findIndex((p) => /^\d+$/.test(p));
  let line = item > 0 ? file.itemLine(Number(path[item]), path[item - 1]) : undefined;
  const field = path.at(-1);
  if (field && !/^\d+$/.test(field)) line = file.lineOf(new RegExp(`^\\s*(- )?['"]?${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?:`), (line ?? 1) - 1) ?? line;
  throw new SeedError(file.rel, line, `${path.join('.') || 'the file'}: ${issue.message}`, `correct it (format: ${DOC})`);
}

const isTask = (b: BlockRecord) => b.part === 'tasks' && b.kind !== 'heading';
const isSafeguard = (b: BlockRecord) => b.part === 'safeguards' && b.kind !== 'heading';

/** Checks one plan's targets against its blocks: IDs, keys, units, and that no number is invented. */
function checkTargets(file: CuratedFile<unknown>, slug: string, blocks: BlockRecord[], keys: Set<string>, units: Set<string>): Target[] {
  const data = parsed(file, targetsFileSchema);
  if (data.plan !== slug) throw new SeedError(file.rel, file.lineOf(/^plan:/), `"plan" is ${data.plan}, but the file is for ${slug}`, `write plan: ${slug}`);
  const byEid = new Map(blocks.map((b) => [b.eid, b]));
  data.targets.forEach((t, n) => {
    const at = file.itemLine(n);
    const fail = (problem: string, fix: string, field?: string) => {
      throw new SeedError(file.rel, field ? (file.lineOf(new RegExp(`^\\s+${field}:`), (at ?? 1) - 1) ?? at) : at, `target ${n + 1} (${t.eid}, ${t.key}): ${problem}`, fix);
    };
    const block = byEid.get(t.eid);
    if (!block) fail(`block ${t.eid} does not exist in ${slug}`, `use a block ID from content/data/blocks/${slug}.json`, 'eid');
    if (!keys.has(t.key)) fail(`unknown indicator key "${t.key}"`, 'use a key from content/compare/indicators.yaml, or add it there', 'key');
    if (!units.has(t.unit)) fail(`unknown unit "${t.unit}"`, 'use a unit from content/compare/indicators.yaml, or add it there', 'unit');
    const text = block!.text.zh;
    if (t.value === null || t.written === null) {
      if (t.value !== null || t.written !== null) fail('"written" and "value" must both be null or both be given', 'a blank target has value: null and written: null', 'value');
      if (!t.flags?.some((f) => f.kind === 'blank')) fail('the value is null but no "blank" flag says why', 'add a flag of kind "blank" that says which cell or phrase is empty', 'value');
    } else {
      if (!text.includes(t.written)) fail(`"${t.written}" does not occur in the block's Chinese text`, `copy "written" exactly from ${t.eid}: "${text.slice(0, 80)}…"`, 'written');
      if (!statesValue(t.written, t.value, text)) fail(`value ${t.value} is not what "${t.written}" states`, 'give the value the text states, converted to base units (0.65万 → 6500, 5亿元 → 500000000)', 'value');
    }
    if (t.baseline) {
      if (!text.includes(t.baseline.written)) fail(`baseline "${t.baseline.written}" does not occur in the block's Chinese text`, `copy baseline.written exactly from ${t.eid}`, 'baseline');
      if (!statesValue(t.baseline.written, t.baseline.value, text)) fail(`baseline value ${t.baseline.value} is not what "${t.baseline.written}" states`, 'give the baseline the text states, converted to base units', 'baseline');
    }
  });
  return data.targets;
}

// A commitment states a direction in words; these are the words for each (提高/增长 …, 压缩/缩短 …, 保持 …).
const DIRECTION_WORDS: Record<Commitment['direction'], RegExp> = {
  increase: /提高|提升|增加|增长|增强|扩大|壮大|增至/,
  decrease: /减少|降低|压缩|缩短|下降/,
  maintain: /保持|巩固|稳定/,
};

/** Checks one plan's directional commitments: the block, the key, the exact wording, its direction, and that it states no number. */
function checkCommitments(file: CuratedFile<unknown>, slug: string, blocks: BlockRecord[], keys: Set<string>): Commitment[] {
  const data = parsed(file, commitmentsFileSchema);
  if (data.plan !== slug) throw new SeedError(file.rel, file.lineOf(/^plan:/), `"plan" is ${data.plan}, but the file is for ${slug}`, `write plan: ${slug}`);
  const byEid = new Map(blocks.map((b) => [b.eid, b]));
  data.commitments.forEach((c, n) => {
    const at = file.itemLine(n, 'commitments');
    const fail = (problem: string, fix: string, field?: string): never => {
      throw new SeedError(file.rel, field ? (file.lineOf(new RegExp(`^\\s+${field}:`), (at ?? 1) - 1) ?? at) : at, `commitment ${n + 1} (${c.eid}, ${c.key}): ${problem}`, fix);
    };
    const block = byEid.get(c.eid) ?? fail(`block ${c.eid} does not exist in ${slug}`, `use a block ID from content/data/blocks/${slug}.json`, 'eid');
    if (block.part !== 'goals' && block.part !== 'tasks') fail(`block ${c.eid} is in the ${block.part} part, not in the goals or tasks`, 'cite the goal or task passage that makes the commitment', 'eid');
    if (!keys.has(c.key)) fail(`unknown indicator key "${c.key}"`, 'use a key from content/compare/indicators.yaml, or add it there', 'key');
    if (!block.text.zh.includes(c.written)) fail(`"${c.written}" does not occur in the block's Chinese text`, `copy "written" exactly from ${c.eid}: "${block.text.zh.slice(0, 80)}…"`, 'written');
    if (/[0-9０-９%％]/.test(c.written)) fail(`"${c.written}" states a number, so it is a target, not a directional commitment`, `record it in content/compare/targets/${slug}.yaml`, 'written');
    if (!DIRECTION_WORDS[c.direction].test(c.written)) fail(`"${c.written}" has no word that says "${c.direction}" (${DIRECTION_WORDS[c.direction].source})`, 'quote the words that state the direction, or correct "direction"', 'direction');
  });
  return data.commitments;
}

/** Checks one plan's status quo figures: a background block, the key and unit, the exact wording, and that it states the value. */
function checkStatus(file: CuratedFile<unknown>, slug: string, blocks: BlockRecord[], keys: Set<string>, units: Set<string>): StatusFigure[] {
  const data = parsed(file, statusFileSchema);
  if (data.plan !== slug) throw new SeedError(file.rel, file.lineOf(/^plan:/), `"plan" is ${data.plan}, but the file is for ${slug}`, `write plan: ${slug}`);
  const byEid = new Map(blocks.map((b) => [b.eid, b]));
  data.figures.forEach((f, n) => {
    const at = file.itemLine(n, 'figures');
    const fail = (problem: string, fix: string, field?: string): never => {
      throw new SeedError(file.rel, field ? (file.lineOf(new RegExp(`^\\s+${field}:`), (at ?? 1) - 1) ?? at) : at, `figure ${n + 1} (${f.eid}, ${f.key}): ${problem}`, fix);
    };
    const block = byEid.get(f.eid) ?? fail(`block ${f.eid} does not exist in ${slug}`, `use a block ID from content/data/blocks/${slug}.json`, 'eid');
    if (block.part !== 'background') fail(`block ${f.eid} is in the ${block.part} part, not in the background section`, 'status quo figures come from the plan\'s background section (现状, 基础, 发展基础); a figure next to a target is its baseline', 'eid');
    if (!keys.has(f.key)) fail(`unknown indicator key "${f.key}"`, 'use a key from content/compare/indicators.yaml, or add it there', 'key');
    if (!units.has(f.unit)) fail(`unknown unit "${f.unit}"`, 'use a unit from content/compare/indicators.yaml, or add it there', 'unit');
    if (!block.text.zh.includes(f.written)) fail(`"${f.written}" does not occur in the block's Chinese text`, `copy "written" exactly from ${f.eid}: "${block.text.zh.slice(0, 80)}…"`, 'written');
    if (!statesValue(f.written, f.value, block.text.zh)) fail(`value ${f.value} is not what "${f.written}" states`, 'give the value the text states, converted to base units (23.34万件 → 233400, 59210万元 → 592100000)', 'value');
    if (f.from && f.from > f.date.slice(0, 4)) fail(`the period starts (${f.from}) after it ends (${f.date})`, 'correct "from" or "date"', 'from');
  });
  return data.figures;
}

/** Checks one plan's tags: every task and safeguard block tagged, with known themes and categories. */
function checkTags(file: CuratedFile<unknown>, slug: string, blocks: BlockRecord[], themes: Set<string>, categories: Set<string>) {
  const data = parsed(file, tagsFileSchema);
  if (data.plan !== slug) throw new SeedError(file.rel, file.lineOf(/^plan:/), `"plan" is ${data.plan}, but the file is for ${slug}`, `write plan: ${slug}`);
  const line = (eid: string) => file.lineOf(new RegExp(`^\\s+['"]?${eid}['"]?:`));
  for (const [section, wanted, ids, known, what] of [
    ['tasks', isTask, data.tasks, themes, 'theme'],
    ['safeguards', isSafeguard, data.safeguards, categories, 'safeguard category'],
  ] as const) {
    const expected = new Set(blocks.filter(wanted).map((b) => b.eid));
    for (const [eid, tags] of Object.entries(ids)) {
      if (!expected.has(eid)) {
        const exists = blocks.some((b) => b.eid === eid);
        throw new SeedError(file.rel, line(eid), exists ? `block ${eid} is not a ${section} block (its part or kind is different)` : `block ${eid} does not exist in ${slug}`, exists ? `move it to the right section or remove it` : `use a block ID from content/data/blocks/${slug}.json (an ID that changed keeps an alias: content/ids/aliases.json)`);
      }
      for (const tag of tags) if (!known.has(tag)) throw new SeedError(file.rel, line(eid), `${eid}: unknown ${what} "${tag}"`, `use one of: ${[...known].join(', ')} (content/compare/themes.yaml)`);
    }
    const untagged = [...expected].filter((eid) => !(eid in ids));
    if (untagged.length) throw new SeedError(file.rel, file.lineOf(new RegExp(`^${section}:`)), `${untagged.length} ${section} block(s) have no ${what}: ${untagged.join(', ')}`, `tag each under "${section}:" (themes: content/compare/themes.yaml)`);
  }
  return data;
}

/** Each unit with its one English rendering from the glossary of units (singular and plural). */
function unitRenderings(root: string, indicatorsRaw: CuratedFile<unknown>, units: { id: string; zh: string }[]) {
  const glossaryFile = readCurated(root, 'content/glossary/units.yaml', 'create it: a list of { zh, one, other } (docs/comparison.md)');
  const glossary = parsed(glossaryFile, unitsGlossarySchema);
  return units.map((u) => {
    const g = glossary.find((x) => x.zh === u.zh);
    if (!g) throw new SeedError(indicatorsRaw.rel, indicatorsRaw.lineOf(new RegExp(`id: ${u.id}\\b`)), `unit ${u.id} (${u.zh}) has no rendering in the glossary of units`, `add "- { zh: ${u.zh}, one: …, other: … }" to content/glossary/units.yaml`);
    return { id: u.id, zh: u.zh, en: g.other, one: g.one, other: g.other };
  });
}

/** Reads, checks and emits the comparison data for the given plans. */
export function compareOutputs(root: string, blocks: Blocks, responsibilities: Map<string, ResponsibilityTask[]> = new Map(), agencyNames: AgencyNames = {}): Map<string, string> {
  const themesFile = parsed(readCurated(root, 'content/compare/themes.yaml', `create it (format: ${DOC})`), themesFileSchema);
  const indicatorsRaw = readCurated(root, 'content/compare/indicators.yaml', `create it (format: ${DOC})`);
  const indicators = parsed(indicatorsRaw, indicatorsFileSchema);
  const fields = new Set(indicators.fields.map((f) => f.id));
  indicators.indicators.forEach((i, n) => {
    if (!fields.has(i.field)) throw new SeedError(indicatorsRaw.rel, indicatorsRaw.itemLine(n, 'indicators'), `indicator ${i.key}: unknown field "${i.field}"`, `use one of: ${[...fields].join(', ')}`);
  });
  const keys = new Set(indicators.indicators.map((i) => i.key));
  const units = new Set(indicators.units.map((u) => u.id));
  const unitNames = unitRenderings(root, indicatorsRaw, indicators.units);
  const themes = new Set(themesFile.themes.map((t) => t.id));
  const categories = new Set(themesFile.safeguards.map((c) => c.id));

  const targets: (Target & { id: string; plan: string; label: { zh: string; en: string } })[] = [];
  const commitments: (Commitment & { id: string; plan: string; label: { zh: string; en: string } })[] = [];
  const status: (StatusFigure & { id: string; plan: string; label: { zh: string; en: string } })[] = [];
  const tags: Record<string, { tasks: Record<string, string[]>; safeguards: Record<string, string[]> }> = {};
  for (const [slug, planBlocks] of blocks) {
    const labels = new Map(planBlocks.map((b) => [b.eid, b.label]));
    const fix = (dir: string) => `create content/compare/${dir}/${slug}.yaml (format: ${DOC}); a plan with none still has the file, with an empty list`;
    const seen = new Map<string, number>();
    for (const t of checkTargets(readCurated(root, `content/compare/targets/${slug}.yaml`, fix('targets')), slug, planBlocks, keys, units)) {
      const base = `${slug}:${t.eid}:${t.key}`;
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      targets.push({ id: k > 1 ? `${base}:${k}` : base, plan: slug, ...t, label: labels.get(t.eid)! });
    }
    const numbered = (base: string) => {
      const k = (seen.get(base) ?? 0) + 1;
      seen.set(base, k);
      return k > 1 ? `${base}:${k}` : base;
    };
    for (const c of checkCommitments(readCurated(root, `content/compare/commitments/${slug}.yaml`, fix('commitments')), slug, planBlocks, keys)) {
      commitments.push({ id: numbered(`${slug}:${c.eid}:${c.key}:commitment`), plan: slug, ...c, label: labels.get(c.eid)! });
    }
    for (const f of checkStatus(readCurated(root, `content/compare/status/${slug}.yaml`, fix('status')), slug, planBlocks, keys, units)) {
      status.push({ id: numbered(`${slug}:${f.eid}:${f.key}:status`), plan: slug, ...f, label: labels.get(f.eid)! });
    }
    const planTags = checkTags(readCurated(root, `content/compare/tags/${slug}.yaml`, fix('tags')), slug, planBlocks, themes, categories);
    tags[slug] = { tasks: planTags.tasks, safeguards: planTags.safeguards };
  }
  const agencyFile = readCurated<Record<string, Record<string, string[]> | null>>(root, 'content/compare/agencies.yaml', `create it (format: ${DOC})`);
  const agencies = Object.fromEntries(
    [...responsibilities].filter(([, tasks]) => tasks.length > 0).map(([slug, tasks]) => [slug, agencyIndex(slug, tasks, agencyNames, agencyFile)]),
  );
  return new Map([
    ['content/data/compare/targets.json', json({ fields: indicators.fields, units: unitNames, indicators: indicators.indicators, targets, commitments, status })],
    ['content/data/compare/themes.json', json({ themes: themesFile.themes, safeguards: themesFile.safeguards, tags })],
    ['content/data/compare/responsibilities.json', json(agencies)],
  ]);
}
