import { SeedError } from '../errors.ts';
import type { PlanHints } from '../hints.ts';
import { noteMarker, plainText, tokenize } from '../inline.ts';
import { endsOpen, readNumber } from '../numbering.ts';
import type { Block, CleanLine, ConversionReport, EditorialNote } from '../types.ts';
import { parseTable } from './table.ts';
import { suppliedNumber } from '../../src/shared/labels.ts';

/**
 * Turns cleaned lines into blocks with permanent IDs (Akoma Ntoso eId style):
 * 三、（二）4. → chp_3__sec_2__subsec_4; unnumbered paragraphs are `<container>__para_N`.
 */

const PATH_NAMES = ['chp', 'sec', 'subsec'] as const;

interface Unit {
  lines: number[];
  text: string;
  region: string;
  /** 1-based index of the region among regions of the same kind (annex_1, annex_2). */
  kind: PlanHints['regions'][number]['kind'];
  bookmark: boolean;
}

type Report = Pick<ConversionReport, 'joins' | 'notes'>;

export function structure(lines: CleanLine[], hints: PlanHints, file: string, report: Report): Block[] {
  const regionOf = regionResolver(hints, file);
  const byLine = new Map(lines.map((l) => [l.n, l]));
  const tableHints = new Map((hints.tables ?? []).map((t) => [t.line, t]));
  const claimed = new Set<number>();
  for (const t of hints.tables ?? []) {
    if (t.caption) claimed.add(t.caption);
    for (const n of t.notes ?? []) claimed.add(n);
  }
  const explicitJoins = new Map<number, number[]>();
  for (const group of hints.joinLines ?? []) explicitJoins.set(group[0]!, group);
  const listRange = hints.list;
  const inList = (n: number) => !!listRange && n >= listRange[0] && n <= listRange[1];
  const noJoin = new Set(hints.noJoin ?? []);
  const outlineLevels = new Map(Object.entries(hints.outline ?? {}).map(([k, v]) => [Number(k), v]));

  const blocks: Block[] = [];
  const eids = new Map<string, number>();
  const claim = (eid: string, line: number) => {
    const prev = eids.get(eid);
    if (prev !== undefined) {
      throw new SeedError(file, line, `two blocks claim the ID ${eid} (lines ${prev} and ${line})`, 'the plan repeats a number: give one of the blocks its own ID with a hint, or fix the numbering in a correction');
    }
    eids.set(eid, line);
  };

  // Editorial corrections and notes are applied to the text before tokenising, as markers.
  const notes: EditorialNote[] = [];
  const corrections = [...(hints.corrections ?? [])];
  const observations = [...(hints.notes ?? [])];

  // Outline state.
  let path: string[] = [];
  const paraCount = new Map<string, number>();
  const tableCount = new Map<string, number>();
  const regionCounts = new Map<string, number>();
  let lastRegionStart = -1;
  let regionName = '';
  const bookmarkCounters = [0, 0, 0];

  const ordered = [...lines].sort((a, b) => a.n - b.n);
  let i = 0;
  const next = (): CleanLine | undefined => ordered[i];

  while (i < ordered.length) {
    const line = ordered[i]!;
    const region = regionOf(line.n);
    if (region.from !== lastRegionStart) {
      lastRegionStart = region.from;
      const count = (regionCounts.get(region.kind) ?? 0) + 1;
      regionCounts.set(region.kind, count);
      regionName = region.kind === 'annex' ? `annex_${count}` : region.kind;
      path = [];
    }
    if (line.text === '' && !line.cell) {
      i++;
      continue;
    }
    if (claimed.has(line.n)) {
      i++;
      continue;
    }

    // Tables: a run of tab-led cells, whose shape must be declared in the hints.
    if (line.cell) {
      const hint = tableHints.get(line.n);
      if (!hint) {
        throw new SeedError(file, line.n, 'a table starts here but its shape is unknown', `declare it in converter/hints/${hints.slug}.json under "tables" (line, headerRows, merge)`);
      }
      const container = containerOf(regionName, path);
      const k = (tableCount.get(container) ?? 0) + 1;
      tableCount.set(container, k);
      const eid = `${container}__table_${k}`;
      const lastHeading = [...blocks].reverse().find((b) => b.kind === 'heading' || b.kind === 'title');
      const { table, end } = parseTable(ordered, i, hint, eid, file, byLine, lastHeading ? plainText(lastHeading.inlines) : eid);
      claim(eid, line.n);
      for (const r of table.rows) claim(r.eid, r.line);
      for (const nt of table.notes) claim(nt.eid, nt.line);
      const tableBlock: Block = { kind: 'table', eid, lines: [line.n], inlines: [], region: regionName, table };
      blocks.push(tableBlock);
      for (const obs of observations.filter((o) => table.rows.some((r) => r.line === o.line))) {
        const row = table.rows.find((r) => r.line === obs.line)!;
        const cells = row.cells.filter((c) => !c.covered && c.text.includes(obs.quote));
        if (cells.length !== 1) {
          throw new SeedError(file, obs.line, `editorial note quote "${obs.quote}" matches ${cells.length} cells of this row, not exactly one`, `update the note in converter/hints/${hints.slug}.json`);
        }
        const n = notes.length + 1;
        notes.push({ n, line: obs.line, eid: row.eid, kind: 'observation', text: obs.text });
        (cells[0]!.notes ??= []).push(n);
        observations.splice(observations.indexOf(obs), 1);
      }
      i = end;
      continue;
    }

    // Gather one unit: the line plus explicit joins and page-break continuations.
    const unit: Unit = { lines: [line.n], text: line.text, region: regionName, kind: region.kind, bookmark: !!line.bookmark };
    i++;
    const group = explicitJoins.get(line.n);
    if (group) {
      for (const n of group.slice(1)) {
        const l = byLine.get(n);
        if (!l) throw new SeedError(file, n, 'a joinLines hint names a line that is empty or removed', 'fix the hint');
        unit.lines.push(n);
        unit.text += l.text;
        while (i < ordered.length && ordered[i]!.n <= n) i++;
      }
    }
    const numbered = hints.numbering === 'cn' && (region.kind === 'body') ? readNumber(unit.text) : undefined;
    const headingLevel = hints.numbering === 'bookmarks' ? outlineLevels.get(line.n) : undefined;
    // Under 一、/（一） numbering the numbers decide; a stray Toc bookmark there changes nothing.
    if (hints.numbering === 'bookmarks' && unit.bookmark && headingLevel === undefined) {
      throw new SeedError(file, line.n, 'a bookmarked heading has no level in the outline hint', `add "${line.n}": <level> to "outline" in converter/hints/${hints.slug}.json`);
    }
    const isHeadingLine = headingLevel !== undefined || (numbered && !/[。；！？]/.test(numbered.rest));
    const joinable = region.kind === 'body' && !isHeadingLine && !inList(line.n);
    if (joinable) {
      while (endsOpen(unit.text) && !noJoin.has(unit.lines.at(-1)!)) {
        let j = i;
        while (j < ordered.length && ordered[j]!.text === '' && !ordered[j]!.cell) j++;
        const cand = ordered[j];
        if (!cand || cand.cell || cand.bookmark || claimed.has(cand.n) || regionOf(cand.n).from !== region.from) break;
        if (hints.numbering === 'cn' && readNumber(cand.text)) break;
        if (outlineLevels.has(cand.n)) break;
        report.joins.push({
          lines: [unit.lines.at(-1)!, cand.n],
          eid: '',
          before: [...unit.text].slice(-6).join(''),
          after: [...cand.text].slice(0, 6).join(''),
        });
        unit.lines.push(cand.n);
        unit.text += cand.text;
        i = j + 1;
      }
    }

    // Apply corrections and observations that fall on this unit's lines.
    let text = unit.text;
    for (const c of corrections.filter((c) => unit.lines.includes(c.line))) {
      const at = text.indexOf(c.find);
      if (at < 0 || text.indexOf(c.find, at + 1) >= 0) {
        throw new SeedError(file, c.line, `correction "${c.find}" → "${c.replace}" does not match the text exactly once`, `update the correction in converter/hints/${hints.slug}.json`);
      }
      const n = notes.length + 1;
      notes.push({ n, line: c.line, eid: '', kind: 'correction', text: c.reason, original: c.find, corrected: c.replace });
      text = text.slice(0, at) + c.replace + noteMarker(n) + text.slice(at + c.find.length);
      corrections.splice(corrections.indexOf(c), 1);
    }
    for (const o of observations.filter((o) => unit.lines.includes(o.line))) {
      // A remark must quote the text it is about, exactly once: a note cannot describe text that is not there.
      const at = text.indexOf(o.quote);
      if (!o.quote || at < 0 || text.indexOf(o.quote, at + 1) >= 0) {
        throw new SeedError(file, o.line, `editorial note quote "${o.quote ?? ''}" does not match the text exactly once`, `quote the exact words the note is about in converter/hints/${hints.slug}.json`);
      }
      const n = notes.length + 1;
      notes.push({ n, line: o.line, eid: '', kind: 'observation', text: o.text });
      text = text.slice(0, at + o.quote.length) + noteMarker(n) + text.slice(at + o.quote.length);
      observations.splice(observations.indexOf(o), 1);
    }

    // Assign the block its kind and ID.
    let block: Block;
    if (region.kind === 'title') {
      block = { kind: 'title', eid: 'title', lines: unit.lines, inlines: tokenize(text, file, line.n), region: regionName, level: 0 };
    } else if (region.kind === 'annex' && region.title?.includes(line.n)) {
      // The annex label (附件) and its title form the annex heading.
      const label = region.label ? byLine.get(region.label)?.text : undefined;
      let t = text;
      for (const n of region.title.slice(1)) {
        t += byLine.get(n)?.text ?? '';
        while (i < ordered.length && ordered[i]!.n <= n) i++;
        unit.lines.push(n);
      }
      block = { kind: 'heading', eid: regionName, lines: unit.lines, num: label, level: 1, inlines: tokenize(t, file, line.n), region: regionName };
    } else if (region.kind === 'annex' && region.label === line.n) {
      continue; // folded into the annex heading
    } else if (inList(line.n)) {
      const container = containerOf(regionName, path);
      const k = (paraCount.get(`${container}#item`) ?? 0) + 1;
      paraCount.set(`${container}#item`, k);
      block = { kind: 'member', eid: `${container}__item_${k}`, lines: unit.lines, inlines: tokenize(text, file, line.n), region: regionName };
    } else if (headingLevel !== undefined) {
      bookmarkCounters[headingLevel - 1]!++;
      for (let k = headingLevel; k < 3; k++) bookmarkCounters[k] = 0;
      path = Array.from({ length: headingLevel - 1 }, (_, k) => path[k] ?? '');
      path[headingLevel - 1] = `${PATH_NAMES[headingLevel - 1]}_${bookmarkCounters[headingLevel - 1]}`;
      const eid = path.filter(Boolean).join('__');
      // The numbering was lost in export: the heading shows the number its citations use, marked as supplied.
      block = { kind: 'heading', eid, lines: unit.lines, level: headingLevel, supplied: suppliedNumber(eid), inlines: tokenize(text, file, line.n), region: regionName };
    } else if (numbered) {
      const depth = numbered.level;
      // A 1. item directly under a chapter has no section: its slot stays empty and the eId skips it.
      path = Array.from({ length: depth - 1 }, (_, k) => path[k] ?? '');
      path[depth - 1] = `${PATH_NAMES[depth - 1]}_${numbered.value}`;
      const eid = path.filter(Boolean).join('__');
      const restText = text.slice(text.indexOf(numbered.num) + numbered.num.length).replace(/^\s+/, '');
      block = {
        kind: isHeadingLine ? 'heading' : 'item',
        eid,
        lines: unit.lines,
        num: numbered.num,
        level: depth,
        inlines: tokenize(restText, file, line.n),
        region: regionName,
      };
      // Items are leaves: later unnumbered paragraphs belong to the item's parent.
      if (!isHeadingLine) path = path.slice(0, depth - 1);
    } else {
      const container = containerOf(regionName === 'body' && path.length === 0 ? 'preamble' : regionName, path);
      const k = (paraCount.get(container) ?? 0) + 1;
      paraCount.set(container, k);
      block = { kind: 'para', eid: `${container}__para_${k}`, lines: unit.lines, inlines: tokenize(text, file, line.n), region: regionName === 'body' && path.length === 0 ? 'preamble' : regionName };
    }
    claim(block.eid, line.n);
    for (const inl of block.inlines) if (inl.t === 'ednote') notes[inl.n - 1]!.eid = block.eid;
    for (const j of report.joins) if (j.eid === '' && block.lines.includes(j.lines[1])) j.eid = block.eid;
    blocks.push(block);
  }

  for (const c of corrections) throw new SeedError(file, c.line, `correction "${c.find}" matches no block`, `update converter/hints/${hints.slug}.json`);
  for (const o of observations) throw new SeedError(file, o.line, 'an editorial note names a line with no block', `update converter/hints/${hints.slug}.json`);
  report.notes.push(...notes);
  return blocks;
}

/** The ID of the innermost numbered unit, or the region name outside numbered text. */
function containerOf(region: string, path: string[]): string {
  const p = path.filter(Boolean);
  if (region === 'body' || region === 'preamble') return p.length ? p.join('__') : 'preamble';
  return p.length ? `${region}__${p.join('__')}` : region;
}

function regionResolver(hints: PlanHints, file: string) {
  const regions = [...hints.regions].sort((a, b) => a.from - b.from);
  if (!regions.length || regions[0]!.from !== 1) {
    throw new SeedError(file, 1, 'the hints do not say which region line 1 belongs to', `start "regions" at line 1 in converter/hints/${hints.slug}.json`);
  }
  return (n: number) => {
    let r = regions[0]!;
    for (const x of regions) if (x.from <= n) r = x;
    return r;
  };
}
