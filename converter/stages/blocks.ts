import { SeedError } from '../errors.ts';
import type { PlanHints } from '../hints.ts';
import { plainText } from '../inline.ts';
import type { Block } from '../types.ts';
import { blockLabel, chapterKind, type PartKind } from '../../src/shared/labels.ts';

/**
 * Every addressable block of a plan as data, in both languages: the text, the citation label, the
 * section it belongs to and the kind of part. Search, comparison, citation and the open data all
 * read this one file (content/data/blocks/<slug>.json) instead of parsing pages.
 */

export interface BlockRecord {
  eid: string;
  kind: 'title' | 'heading' | 'item' | 'para' | 'member' | 'table' | 'row' | 'note';
  part: PartKind;
  /** The eId of the heading or numbered item this block is, or sits under (null at the top). */
  section: string | null;
  label: { zh: string; en: string };
  /** The title of that section (a heading, or a numbered item's lead-in). */
  heading: { zh: string; en: string } | null;
  text: { zh: string; en: string };
}

const LEAD = { zh: /(?<=[。；])/, en: /(?<=[.;])\s+(?=[A-Z"“‘(])/ };

function blockText(b: Block): string {
  if (b.member) return [b.member.role, b.member.name, b.member.post].filter(Boolean).join(' ');
  // A responsibility note is set apart on the page, so it is a separate stretch of text here too.
  const text = b.inlines.map((i) => (i.t === 'resp' ? ` ${i.text}` : 'text' in i ? i.text : '')).join('');
  return `${b.num ? `${b.num} ` : ''}${text}`.trim();
}

function sectionTitle(b: Block, lang: 'zh' | 'en'): string {
  const text = plainText(b.inlines);
  return (b.kind === 'item' ? (text.split(LEAD[lang])[0] ?? text) : text).replace(/[。；.;]$/, '');
}

/** The block records of a plan from its Chinese and English blocks (same structure, same IDs). */
export function blockRecords(zh: Block[], en: Block[], hints: Pick<PlanHints, 'numbering' | 'slug'> & { partKinds?: Record<string, PartKind> }): BlockRecord[] {
  const opts = { annexes: new Set(zh.filter((b) => b.region.startsWith('annex')).map((b) => b.region)).size };
  const sections = new Map<string, { zh: Block; en: Block }>();
  const chapterKinds = new Map<string, PartKind>();
  zh.forEach((b, k) => {
    if (b.kind === 'heading' || b.kind === 'item') sections.set(b.eid, { zh: b, en: en[k]! });
    if (b.kind === 'heading' && b.level === 1 && b.region === 'body') {
      const kind = hints.partKinds?.[b.eid] ?? chapterKind(plainText(b.inlines));
      if (!kind) throw new SeedError(`converter/hints/${hints.slug}.json`, undefined, `cannot tell what kind of part chapter ${b.eid} "${plainText(b.inlines)}" is`, `add "partKinds": { "${b.eid}": "tasks" } (one of background, goals, tasks, safeguards)`);
      chapterKinds.set(b.eid, kind);
    }
  });
  const partOf = (b: Block): PartKind => {
    if (b.region.startsWith('annex')) return 'appendix';
    if (b.region === 'preamble') return 'preamble';
    if (b.region !== 'body') return 'front';
    return chapterKinds.get(b.eid.split('__')[0]!) ?? 'preamble';
  };
  const sectionOf = (eid: string, self: boolean): string | null => {
    const parts = eid.split('__');
    for (let k = self ? parts.length : parts.length - 1; k > 0; k--) {
      const id = parts.slice(0, k).join('__');
      if (sections.has(id)) return id;
    }
    return null;
  };
  const record = (eid: string, kind: BlockRecord['kind'], part: PartKind, zhText: string, enText: string): BlockRecord => {
    const section = sectionOf(eid, kind === 'heading' || kind === 'item');
    const s = section ? sections.get(section)! : undefined;
    return {
      eid,
      kind,
      part,
      section,
      label: blockLabel(eid, opts),
      heading: s ? { zh: sectionTitle(s.zh, 'zh'), en: sectionTitle(s.en, 'en') } : null,
      text: { zh: zhText, en: enText },
    };
  };
  const out: BlockRecord[] = [];
  zh.forEach((b, k) => {
    const e = en[k]!;
    const part = partOf(b);
    if (!b.table) {
      out.push(record(b.eid, b.kind, part, blockText(b), blockText(e)));
      return;
    }
    const tz = b.table;
    const te = e.table!;
    // A table's own text is its caption; without one it has none (the heading above names it).
    out.push(record(b.eid, 'table', part, tz.caption?.text ?? '', te.caption?.text ?? ''));
    const cells = (r: (typeof tz.rows)[number]) => r.cells.filter((c) => !c.covered).map((c) => c.text.replace(/\n/g, ' ')).join(' | ');
    tz.rows.forEach((r, j) => out.push(record(r.eid, 'row', part, cells(r), cells(te.rows[j]!))));
    tz.notes.forEach((n, j) => out.push(record(n.eid, 'note', part, n.text, te.notes[j]!.text)));
  });
  return out;
}
