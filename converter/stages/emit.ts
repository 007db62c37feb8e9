import type { Block, EditorialNote, Inline, TableData } from '../types.ts';
import { plainText } from '../inline.ts';

/**
 * Writes a plan as MDX: one JSX element per block, its eId in `eid`, its text escaped so
 * that nothing in the source ({ } < > ` * _ [ ] …) can be read as MDX or Markdown syntax.
 */

// Every ASCII character that MDX or (GFM) Markdown could read as syntax inside a paragraph —
// expressions, JSX, code, emphasis, links, strikethrough, entities, autolinks — becomes a
// character reference. Blocks are always one JSX line, so line-start syntax (# 1. > -) cannot apply.
const SPECIAL = /[\\`*_{}[\]<>&~|!#@:]/g;

/** Escapes source text for MDX: the result renders exactly the input characters. */
export function escapeMdx(text: string): string {
  return text.replace(SPECIAL, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br />');
}

/** A JSX attribute value: plain quotes for IDs and printed numbers, else a JS string expression (JSX strings cannot escape a quote). */
export function attr(value: string): string {
  if (!/^[\w\-.:\u3000-\u9fff\uff00-\uffef]*$/u.test(value)) {
    // Anything beyond eIds and printed numbers travels as a JS string expression, escaped by JSON.
    return `{${JSON.stringify(value)}}`;
  }
  return `"${value}"`;
}

function inlines(list: Inline[]): string {
  return list
    .map((i) => {
      switch (i.t) {
        case 'text':
          return escapeMdx(i.text);
        case 'strong':
          return `<strong>${escapeMdx(i.text)}</strong>`;
        case 'resp':
          return `<Resp agencies={${JSON.stringify(i.agencies)}}>${escapeMdx(i.text)}</Resp>`;
        case 'ednote':
          return `<EdRef n={${i.n}} />`;
        case 'zh':
          return `<span lang="zh-Hans">${escapeMdx(i.text)}</span>`;
        case 'doc':
          return `<DocRef doc=${attr(i.doc)}>${escapeMdx(i.text)}</DocRef>`;
      }
    })
    .join('');
}

function aliasTags(b: Block): string {
  return (b.aliases ?? []).map((a) => `<Alias eid=${attr(a)} />`).join('');
}

function table(b: Block, t: TableData): string {
  const out: string[] = [`<PlanTable eid=${attr(b.eid)} label=${attr(t.label)}>`];
  if (t.caption) out.push(`<caption>${escapeMdx(t.caption.text)}</caption>`);
  const head = t.rows.filter((r) => r.header);
  const body = t.rows.filter((r) => !r.header);
  const row = (r: (typeof t.rows)[number], cell: 'th' | 'td') => {
    const cells = r.cells.filter((c) => !c.covered);
    return `<tr id=${attr(r.eid)}>${cells
      .map((c) => {
        const span = c.rowspan ? ` rowspan="${c.rowspan}"` : '';
        const scope = cell === 'th' ? ' scope="col"' : '';
        const note = (c.notes ?? []).map((n) => `<EdRef n={${n}} />`).join('');
        return `<${cell}${span}${scope}>${escapeMdx(c.text)}${note}</${cell}>`;
      })
      .join('')}</tr>`;
  };
  out.push(`<thead>${head.map((r) => row(r, 'th')).join('')}</thead>`);
  out.push(`<tbody>${body.map((r) => row(r, 'td')).join('')}</tbody>`);
  out.push('</PlanTable>');
  let s = out.join('');
  if (t.notes.length) {
    s += `\n\n<TableNotes>${t.notes.map((n) => `<p id=${attr(n.eid)}>${escapeMdx(n.text)}</p>`).join('')}</TableNotes>`;
  }
  return s;
}

// The leading-group list prints "组  长：张桂森  市政府市长": role, name and post, spaced apart.
const MEMBER = /^(?:([^：]{1,6})：)?\s*(\S+)\s{2,}(.+)$/;

function memberMdx(b: Block): string {
  const span = (cls: string, s: string) => `<span class="${cls}">${escapeMdx(s)}</span>`;
  if (b.member) return span('role', b.member.role ? `${b.member.role}: ` : '') + span('name', b.member.name) + span('post', b.member.post);
  const text = b.inlines.length === 1 && b.inlines[0]!.t === 'text' ? b.inlines[0]!.text : undefined;
  const m = text ? MEMBER.exec(text) : null;
  if (!m) return inlines(b.inlines);
  return span('role', m[1] ? `${m[1]}：` : '') + span('name', m[2]!) + span('post', m[3]!);
}

/** One block as one MDX line (or one JSX element): IDs on the element, text escaped. */
export function blockMdx(b: Block, variant?: string): string {
  const a = aliasTags(b);
  switch (b.kind) {
    case 'title':
      return `<DocTitle eid=${attr(b.eid)}>${a}${inlines(b.inlines)}</DocTitle>`;
    case 'heading':
      return `<Heading eid=${attr(b.eid)} level={${b.level}}${b.num ? ` num=${attr(b.num)}` : ''}${b.supplied ? ` supplied=${attr(b.supplied)}` : ''}>${a}${inlines(b.inlines)}</Heading>`;
    case 'item':
      return `<Item eid=${attr(b.eid)} num=${attr(b.num!)}>${a}${inlines(b.inlines)}</Item>`;
    case 'member':
      return `<Member eid=${attr(b.eid)}>${a}${memberMdx(b)}</Member>`;
    case 'para':
      return `<Para eid=${attr(b.eid)}${variant ? ` variant="${variant}"` : ''}>${a}${inlines(b.inlines)}</Para>`;
    case 'table':
      return a + table(b, b.table!);
  }
}

const DATE = /^\d{4}年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/;

/**
 * How an official-document (公文) paragraph is set: the addressee (主送) flush left, the
 * issuing body and date right-aligned. Only the notice and colophon have such lines.
 */
export function documentVariants(blocks: Block[]): Map<Block, string> {
  const out = new Map<Block, string>();
  blocks.forEach((b, k) => {
    if (b.kind !== 'para' || !['notice', 'colophon'].includes(b.region)) return;
    const text = plainText(b.inlines);
    if (/[：:]$/.test(text)) out.set(b, 'addressee');
    else if (DATE.test(text)) {
      out.set(b, 'date');
      const prev = blocks[k - 1];
      if (prev?.kind === 'para' && prev.region === b.region && !/[。：:；）)]$/.test(plainText(prev.inlines))) out.set(prev, 'signature');
    }
  });
  return out;
}

/**
 * The MDX body: regions wrap their blocks so pages can style the notice or annexes apart.
 * A translation takes its layout variants from the Chinese (`source`), whose text they are read from.
 */
export function bodyMdx(blocks: Block[], source: Block[] = blocks): string {
  const out: string[] = [];
  const byEid = new Map([...documentVariants(source)].map(([b, v]) => [b.eid, v]));
  let region = '';
  for (const b of blocks) {
    // Preamble paragraphs belong to the plan body; every annex is styled alike.
    const r = b.region.startsWith('annex') ? 'annex' : b.region === 'preamble' ? 'body' : b.region;
    if (r !== region) {
      if (region) out.push('</Region>', '');
      out.push(`<Region kind="${r}">`, '');
      region = r;
    }
    out.push(blockMdx(b, byEid.get(b.eid)), '');
  }
  if (region) out.push('</Region>', '');
  return out.join('\n');
}

/** A deterministic YAML writer for the frontmatter (strings JSON-quoted, which YAML accepts). */
export function toYaml(value: unknown, indent = ''): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return value
      .map((v) => {
        const inner = toYaml(v, `${indent}  `);
        return `\n${indent}- ${typeof v === 'object' && v !== null && !Array.isArray(v) ? inner.replace(/^\n\s*/, '') : inner}`;
      })
      .join('');
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (!entries.length) return '{}';
  return entries
    .map(([k, v]) => {
      const inner = toYaml(v, `${indent}  `);
      return `\n${indent}${k}:${inner.startsWith('\n') ? '' : ' '}${inner}`;
    })
    .join('');
}

/** The whole MDX file. */
export function planMdx(frontmatter: Record<string, unknown>, blocks: Block[], source: Block[] = blocks): string {
  const origin = source === blocks ? 'from seeds/; edit the converter or its hints' : 'from seeds/ and content/translations/; edit the converter, its hints or the translation units';
  return `---${toYaml(frontmatter)}\n---\n\n{/* Generated by converter/ ${origin}, never this file. */}\n\n${bodyMdx(blocks, source)}`;
}

// A numbered item's outline entry is its lead-in: the text up to the first sentence end.
const LEAD = {
  zh: { split: /(?<=[。；])/, end: /[。；]$/ },
  en: { split: /(?<=[.;])\s+(?=[A-Z"“‘(])/, end: /[.;]$/ },
};

/** The outline for the frontmatter and the table of contents. */
export function outline(blocks: Block[], lang: 'zh' | 'en' = 'zh'): { eid: string; level: number; num: string | null; supplied?: string; text: string }[] {
  const { split, end } = LEAD[lang];
  return blocks
    .filter((b) => b.kind === 'heading' || (b.kind === 'item' && (b.level ?? 9) <= 3))
    .map((b) => {
      const text = plainText(b.inlines);
      const lead = b.kind === 'item' ? (text.split(split)[0] ?? text) : text;
      return { eid: b.eid, level: b.region.startsWith('annex') ? 1 : b.level!, num: b.num ?? null, ...(b.supplied ? { supplied: b.supplied } : {}), text: lead.replace(end, '') };
    });
}

export type { EditorialNote };
