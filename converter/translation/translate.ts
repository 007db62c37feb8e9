import { SeedError } from '../errors.ts';
import type { PlanHints } from '../hints.ts';
import { agencyGroups, plainText } from '../inline.ts';
import { cnNumber } from '../numbering.ts';
import type { Block, Inline } from '../types.ts';
import type { TranslationFile } from './file.ts';
import { AGENCY_COLUMNS, NOTE_MARK, translatableCells, type MemberText } from './units.ts';

/** Agency names by plan, Chinese → English (`content/translations/en/agencies.yaml`). */
export type AgencyNames = Record<string, Record<string, string>>;

export const AGENCIES_FILE = 'content/translations/en/agencies.yaml';

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The English form of a printed number: 三、 → III.  （二） → (2)  4． → 4.  附件 → Annex. */
export function englishNum(num: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^([一二三四五六七八九十]+)、$/.exec(num))) return `${ROMAN[cnNumber(m[1]!)] ?? cnNumber(m[1]!)}.`;
  if ((m = /^[（(]([一二三四五六七八九十]+)[）)]$/.exec(num))) return `(${cnNumber(m[1]!)})`;
  if ((m = /^(\d+)[．.、]$/.exec(num))) return `${m[1]}.`;
  if ((m = /^[（(](\d+)[）)]$/.exec(num))) return `(${m[1]})`;
  if ((m = /^附件(\d*)$/.exec(num))) return m[1] ? `Annex ${m[1]}` : 'Annex';
  throw new SeedError('converter/translation/translate.ts', undefined, `no English form for the number "${num}"`, 'add its pattern to englishNum()');
}

// Chinese inside English text is a parenthesised original (Sanxingdui (三星堆)) or a document number.
const HAN_RUN = /([\u3400-\u9fff\u3000-\u303f\uff00-\uffef〔〕《》“”]*[\u3400-\u9fff][\u3400-\u9fff\u3000-\u303f\uff00-\uffef〔〕《》“”\d]*)/u;

function pushEnglish(out: Inline[], text: string, t: 'text' | 'strong'): void {
  if (t === 'strong') {
    out.push({ t, text });
    return;
  }
  for (const [k, part] of text.split(HAN_RUN).entries()) {
    if (!part) continue;
    out.push(k % 2 === 1 ? { t: 'zh', text: part } : { t: 'text', text: part });
  }
}

/** Inlines of an English unit: `**bold**`, `⟦n⟧` note markers, Chinese runs marked as such. */
export function englishInlines(en: string): Inline[] {
  const out: Inline[] = [];
  en.split('**').forEach((part, k) => {
    let last = 0;
    for (const m of part.matchAll(NOTE_MARK)) {
      pushEnglish(out, part.slice(last, m.index), k % 2 ? 'strong' : 'text');
      out.push({ t: 'ednote', n: Number(m[1]) });
      last = m.index! + m[0].length;
    }
    pushEnglish(out, part.slice(last), k % 2 ? 'strong' : 'text');
  });
  return out;
}

/** A list of agencies in English: groups kept apart by "; ", names within a group by ", ". */
function englishAgencies(list: string, names: Record<string, string>, slug: string, where: string, lenient = false): string {
  return agencyGroups(list)
    .map((group) =>
      group
        .map((a) => {
          const en = names[a] ?? (lenient ? a : undefined);
          if (!en) throw new SeedError(AGENCIES_FILE, undefined, `no English name for the agency "${a}" of ${slug} (in ${where})`, `add "${a}: <English name>" under "${slug}:"`);
          return en;
        })
        .join(', '),
    )
    .join('; ');
}

function englishResp(resp: Extract<Inline, { t: 'resp' }>, ctx: Context, eid: string): Inline {
  const open = resp.text[0]!;
  const [o, c] = open === '[' || open === '［' ? ['[', ']'] : ['(', ')'];
  const inner = resp.text.slice(1, -1).replace(/^责任单位[：:]/, '').replace(/[\ue000-\ue0ff]/g, '');
  return { t: 'resp', agencies: resp.agencies, text: `${o}Responsible units: ${englishAgencies(inner, ctx.agencies, ctx.slug, eid, ctx.lenient)}${c}` };
}

interface Context {
  file: TranslationFile;
  slug: string;
  hints: Pick<PlanHints, 'meta'>;
  agencies: Record<string, string>;
  /** Development only: an agency with no English name shows its Chinese. */
  lenient: boolean;
}

function en(ctx: Context, id: string): string {
  return ctx.file.units.get(id)!.en as string;
}

/** Checks that the English keeps the Chinese unit's note markers and bold marks. */
function assertMarks(ctx: Context, id: string, zh: string, english: string): void {
  const marks = (s: string) => [...s.matchAll(NOTE_MARK)].map((m) => m[0]).join(' ');
  const bold = (s: string) => s.split('**').length - 1;
  if (marks(zh) !== marks(english) || bold(zh) !== bold(english)) {
    throw new SeedError(ctx.file.path, ctx.file.lineOf(id), `unit ${id}: the English must keep the Chinese's marks (note markers "${marks(zh)}", ${bold(zh)} "**")`, 'put each ⟦n⟧ where its note applies and wrap the same lead-in in ** … **');
  }
}

function translateTable(ctx: Context, b: Block, blocks: Block[]): NonNullable<Block['table']> {
  const t = b.table!;
  const agencyCols = ctx.hints.meta.responsibilityTable === b.eid ? AGENCY_COLUMNS.map((c) => t.columns.indexOf(c)) : [];
  const caption = t.caption ? { ...t.caption, text: en(ctx, b.eid) } : undefined;
  // The label is the caption, else the heading above the table: use that heading's English.
  const labelBlock = blocks.find((x) => x.kind === 'heading' && plainText(x.inlines) === t.label);
  const label = caption?.text ?? (labelBlock ? en(ctx, labelBlock.eid) : t.label);
  const rows = t.rows.map((r) => {
    const keep = translatableCells(b, r, ctx.hints);
    const english = keep.length ? (ctx.file.units.get(r.eid)!.en as string[]) : [];
    const cells = r.cells.map((c, k) => {
      if (c.covered) return { ...c };
      const at = keep.indexOf(k);
      if (at >= 0) return { ...c, text: english[at]! };
      if (agencyCols.includes(k)) return { ...c, text: englishAgencies(c.text.replace(/\n/g, ''), ctx.agencies, ctx.slug, r.eid, ctx.lenient) };
      return { ...c };
    });
    return { ...r, cells };
  });
  const notes = t.notes.map((n) => ({ ...n, text: en(ctx, n.eid) }));
  return { ...t, caption, label, rows, notes };
}

/** The English blocks: the Chinese structure and IDs, with every text replaced by its unit. */
export function translateBlocks(blocks: Block[], file: TranslationFile, slug: string, hints: Pick<PlanHints, 'meta'>, agencies: AgencyNames, lenient = false): Block[] {
  const ctx: Context = { file, slug, hints, agencies: agencies[slug] ?? {}, lenient };
  return blocks.map((b) => {
    const out: Block = { ...b, num: b.num ? englishNum(b.num) : b.num, ...(b.supplied ? { supplied: englishNum(b.supplied) } : {}) };
    if (b.table) return { ...out, table: translateTable(ctx, b, blocks) };
    const unit = file.units.get(b.eid);
    if (!unit) return out; // a block with no text of its own (none today)
    if (b.kind === 'member' && typeof unit.en === 'object' && !Array.isArray(unit.en)) {
      return { ...out, inlines: [], member: unit.en as MemberText };
    }
    const english = unit.en as string;
    assertMarks(ctx, b.eid, unit.zh as string, english);
    const inlines = englishInlines(english);
    for (const i of b.inlines) if (i.t === 'resp') inlines.push(englishResp(i, ctx, b.eid));
    return { ...out, inlines };
  });
}

/** The English frontmatter texts: each reader-facing field replaced by its unit. */
export function translateMeta<T extends Record<string, unknown>>(meta: T, file: TranslationFile): T {
  const copy = structuredClone(meta) as Record<string, unknown>;
  for (const [id, unit] of file.units) {
    if (!id.startsWith('meta.')) continue;
    const path = id.slice(5).split('.');
    let o = copy;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
    o[path.at(-1)!] = unit.en;
  }
  return copy as T;
}
