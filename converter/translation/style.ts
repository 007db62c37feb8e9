import { load } from 'js-yaml';
import { SeedError } from '../errors.ts';
import { renderingPattern, unitString, type GlossaryTerm } from './checks.ts';
import type { UnitText } from './units.ts';

/**
 * The house style check of the English edition (docs/translation.md, "House style"): stock calques,
 * Chinese outside the allowed cases, and glossary terms rendered by a deprecated variant. Its data
 * live in `content/glossary/style.yaml`, from which the doc's tables are generated, so the doc and
 * the check cannot diverge.
 */

export interface StockPhrase {
  zh: string;
  calque: string;
  prefer: string[];
  reason: string;
  /** "warning" where the pattern also catches legitimate English (carry out an inspection); default "error". */
  severity?: 'error' | 'warning';
}

export interface AllowedOriginal {
  zh: string;
  reason: string;
}

export interface StyleData {
  phrases: StockPhrase[];
  originals: AllowedOriginal[];
}

export interface StyleFinding {
  id: string;
  severity: 'error' | 'warning';
  rule: 'calque' | 'chinese' | 'docnumber' | 'repeat' | 'glossary' | 'mixed' | 'digits';
  /** The English that matched. */
  found: string;
  /** What to write instead. */
  prefer: string;
}

const HAN = /[\u3400-\u9fff]/;
const DOC_NUMBER = /[\u3400-\u9fff]+[〔[]\d{4}[〕\]]\d+号/;

/** Parses and validates house style data; `rel` names the file in error messages. */
export function parseStyleData(raw: string, rel: string): StyleData {
  const data = load(raw) as Partial<StyleData> | null;
  const lineOf = (needle: string) => {
    const k = raw.split('\n').findIndex((l) => l.includes(needle));
    return k < 0 ? undefined : k + 1;
  };
  if (!data || !Array.isArray(data.phrases) || !Array.isArray(data.originals)) {
    throw new SeedError(rel, 1, 'the style data need a "phrases" list and an "originals" list', 'see the comment at the top of the file');
  }
  for (const p of data.phrases) {
    if (!p || typeof p.zh !== 'string' || typeof p.calque !== 'string' || !Array.isArray(p.prefer) || !p.prefer.length || p.prefer.some((r) => typeof r !== 'string') || typeof p.reason !== 'string') {
      throw new SeedError(rel, p?.zh ? lineOf(`zh: ${p.zh}`) : undefined, `stock phrase ${JSON.stringify(p?.zh)} lacks zh, calque, prefer or reason`, 'give every phrase all four fields');
    }
    if (p.severity !== undefined && p.severity !== 'error' && p.severity !== 'warning') {
      throw new SeedError(rel, lineOf(`zh: ${p.zh}`), `the severity of ${p.zh} is ${JSON.stringify(p.severity)}`, 'write "severity: warning", or leave it out for an error');
    }
    try {
      new RegExp(p.calque, 'giu');
    } catch (e) {
      throw new SeedError(rel, lineOf(`zh: ${p.zh}`), `the calque pattern of ${p.zh} is not a valid regular expression: ${(e as Error).message}`, 'fix the pattern (JavaScript syntax, single-quoted in YAML)');
    }
  }
  for (const o of data.originals) {
    if (!o || typeof o.zh !== 'string' || !HAN.test(o.zh) || typeof o.reason !== 'string') {
      throw new SeedError(rel, o?.zh ? lineOf(o.zh) : undefined, `allowed original ${JSON.stringify(o?.zh)} needs Chinese "zh" and a "reason"`, 'give it both');
    }
  }
  return data as StyleData;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

/** The stock-phrase table of docs/translation.md, as Markdown, generated from the style data. */
export function phraseTable(data: StyleData): string {
  const rows = data.phrases.map((p) => `| ${cell(p.zh)} | \`${cell(p.calque)}\` | ${p.severity ?? 'error'} | ${cell(p.prefer.join('; '))} | ${cell(p.reason)} |`);
  return ['| Chinese | Calque to avoid (pattern) | Severity | Preferred rendering(s) | Reason |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The allowed-originals table of docs/translation.md, as Markdown, generated from the style data. */
export function originalsTable(data: StyleData): string {
  return ['| Chinese | Why it may stand in parentheses |', '| --- | --- |', ...data.originals.map((o) => `| ${cell(o.zh)} | ${cell(o.reason)} |`)].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a document. */
export function replaceBetweenMarkers(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error(`markers ${start} … ${end} not found`);
  return `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
}

export interface StyleUnit {
  id: string;
  en: UnitText;
}

/** Style findings for one plan's units, in reading order (a parenthesised original counts once per plan). */
export function styleFindings(units: StyleUnit[], data: StyleData, glossary: GlossaryTerm[] = []): StyleFinding[] {
  const findings: StyleFinding[] = [];
  const phrases = data.phrases.map((p) => ({ ...p, re: new RegExp(p.calque, 'giu') }));
  const allowed = new Set(data.originals.map((o) => o.zh));
  const seen = new Set<string>();
  const deprecated = glossary.flatMap((t) => (t.deprecated ?? []).map((d) => ({ term: t, re: renderingPattern(d) })));
  for (const u of units) {
    const en = unitString(u.en);
    const note = u.id.startsWith('ednote.');
    // Calques are judged on the English outside quotations of the Chinese.
    for (const p of phrases) {
      for (const m of en.matchAll(p.re)) findings.push({ id: u.id, severity: p.severity ?? 'error', rule: 'calque', found: m[0], prefer: p.prefer.join('; ') });
    }
    if (!note) findings.push(...chineseFindings(u.id, en, allowed, seen));
    // One warning per deprecated rendering found, and none for a match inside a longer one
    // (IP-strong county inside demonstration county for building an IP-strong county).
    const text = en.replace(/’/g, "'");
    const hits = deprecated.flatMap(({ term, re }) => {
      const m = re.exec(text);
      return m && !renderingPattern(term.en).test(text) ? [{ term, at: m.index, found: m[0] }] : [];
    });
    const kept = hits.filter((h, k) => !hits.some((o, j) => j !== k && o.at <= h.at && o.at + o.found.length >= h.at + h.found.length && (o.found.length > h.found.length || j < k)));
    for (const h of kept) findings.push({ id: u.id, severity: 'warning', rule: 'glossary', found: h.found, prefer: h.term.en });
    if (Array.isArray(u.en)) findings.push(...u.en.flatMap((cell) => ungroupedCell(u.id, cell)));
    const mixed = mixedIp(en);
    if (mixed) findings.push({ id: u.id, severity: 'warning', rule: 'mixed', found: mixed, prefer: '"IP" throughout the passage; "intellectual property" only inside a published name or a full document title' });
  }
  return findings;
}

/**
 * A table cell that is a bare number of four or more digits, written without thousands separators
 * (10640 → 10,640). Only whole cells: in running text a bare number is as often a name (the 12330
 * hotline, the 1234 mechanism) or a code (GB/T 29490); a four-digit year (1900–2100) passes.
 */
function ungroupedCell(id: string, cell: string): StyleFinding[] {
  const m = /^(\d{4,})(\.\d+)?$/.exec(cell.trim());
  if (!m || (m[1]!.length === 4 && Number(m[1]) >= 1900 && Number(m[1]) <= 2100)) return [];
  return [{ id, severity: 'error', rule: 'digits', found: cell, prefer: `${Number(m[1]).toLocaleString('en-GB')}${m[2] ?? ''} (thousands separators, as in the text)` }];
}

/** Chinese in an English body text: only an allowed original, in parentheses, on its first use in the plan. */
function chineseFindings(id: string, en: string, allowed: Set<string>, seen: Set<string>): StyleFinding[] {
  const out: StyleFinding[] = [];
  let rest = en;
  for (const m of en.matchAll(/[(（]([^()（）]*[\u3400-\u9fff][^()（）]*)[)）]/gu)) {
    rest = rest.replace(m[0], ' ');
    const inner = m[1]!.trim();
    if (DOC_NUMBER.test(inner)) {
      out.push({ id, severity: 'error', rule: 'docnumber', found: m[0], prefer: 'the document number in pinyin form, e.g. Guo Zhi Fa Yun Zi [2022] No. 33, without the Chinese' });
    } else if (!allowed.has(inner)) {
      out.push({ id, severity: 'error', rule: 'chinese', found: m[0], prefer: 'the established English, or list the proper name under "originals" in content/glossary/style.yaml' });
    } else if (seen.has(inner)) {
      out.push({ id, severity: 'error', rule: 'repeat', found: m[0], prefer: 'the English name alone: the Chinese is given on first use only' });
    } else {
      seen.add(inner);
    }
  }
  for (const m of rest.matchAll(/[\u3400-\u9fff][^\sA-Za-z]*/gu)) {
    const doc = DOC_NUMBER.test(m[0]);
    out.push({ id, severity: 'error', rule: doc ? 'docnumber' : 'chinese', found: m[0], prefer: doc ? 'the document number in pinyin form, e.g. Guo Zhi Fa Yun Zi [2022] No. 33' : 'English (Chinese may stand only in parentheses after an allowed proper name)' });
  }
  return out;
}

/**
 * "IP" next to a lowercase "intellectual property" in one passage (the house style writes "IP" after
 * the first mention): returns the lowercase use, or null. Capitalised names (China National
 * Intellectual Property Administration, a document title) and the first mention "intellectual
 * property (IP)" are not counted.
 */
export function mixedIp(en: string): string | null {
  if (!/\bIP\b/.test(en)) return null;
  const m = /\bintellectual property\b(?! \(IP\))/.exec(en);
  return m ? m[0] : null;
}
