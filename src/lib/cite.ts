/**
 * Citations of one block of a plan, for copying: GB/T 7714-2015, Chicago 17th (bibliography entry),
 * APA 7th (reference entry), BibTeX and RIS. Pure string building; the caller supplies the plan's
 * metadata in the citing language, the block's label and section title, and the full permalink.
 *
 * Chicago and APA are English-language styles, so their connecting words and dates stay English
 * ("Accessed", "n.d.") even when the cited elements are the Chinese originals; GB/T 7714 follows the
 * citing language. Titles are given exactly as the plan and the reference translation have them:
 * re-casing them (Chicago headline style, APA sentence case) needs knowledge of proper nouns that a
 * string function does not have.
 */

export type Lang = 'zh' | 'en';

/** What a citation needs about the plan, in the citing language (English title/issuer for 'en'). */
export interface CitedPlan {
  slug: string;
  title: string;
  titleZh: string;
  issuer: string | null;
  issuerZh: string | null;
  /** In the citing language: the Chinese 文号, or its pinyin form in English (De Zhi Ban [2023] No. 1). */
  docNumber: string | null;
  /** The Chinese 文号, named with the original in an English citation. */
  docNumberZh: string | null;
  /** YYYY-MM-DD */
  date: string | null;
}

/** What a citation needs about the block. */
export interface CitedBlock {
  eid: string;
  /** e.g. 二、（二）7. or Part 2, Section (2), Item 7 */
  label: string;
  /** The section's own title, e.g. 强化“三星堆”品牌全方位保护 */
  title: string | null;
}

/** One block of one plan, cited in one language on one day. */
export interface Citation {
  lang: Lang;
  plan: CitedPlan;
  block: CitedBlock;
  url: string;
  /** YYYY-MM-DD */
  accessed: string;
  siteName: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-11-24` → `November 24, 2026`, the form Chicago and APA both use; no Date object, so no time-zone drift. */
function monthDayYear(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${MONTHS[Number(m) - 1]} ${Number(d)}, ${y}`;
}

/** `2023-01-30` → `2023, January 30`, APA's date element. */
function apaDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}, ${MONTHS[Number(m) - 1]} ${Number(d)}`;
}

/** Marks the date as missing in the style's language. */
const noDate = (lang: Lang): string => (lang === 'zh' ? '未注明日期' : 'n.d.');

/** Ends an element with a full stop unless it already ends in one (labels such as `二、（二）7.` do). */
function stop(s: string): string {
  return /[.?!。？！][”’"')\]]?$/.test(s) ? s : `${s}.`;
}

/** Folds line breaks, which would split a BibTeX value or end an RIS field early. */
const oneLine = (s: string): string => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The statement every English citation carries: the text is the site's translation, not the original. */
const translationNote = (c: Citation): string => `Reference translation by ${c.siteName} of the Chinese original, ${c.plan.titleZh}${c.plan.docNumberZh ? ` (${c.plan.docNumberZh})` : ''}.`;

/** Swaps double quotes for single ones, for a title that will itself sit in double quotes (CMOS 6.11). */
const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');

/** The block's number and its section's title: `二、（二）7. 强化…` in Chinese, `Part 2, Section (2), Item 7, Strengthening…` in English. */
function sectionText(c: Citation): string {
  const { label, title } = c.block;
  if (!title) return label;
  // A Chinese label ends in its own punctuation (、 ） .); an English one is a phrase that needs a comma.
  return c.lang === 'zh' ? `${label} ${title}` : `${label}, ${title}`;
}

/** GB/T 7714-2015 for an online document: 责任者. 题名: 文号: 章节[EB/OL]. (发布日期)[引用日期]. URL. */
export function gbt7714(c: Citation): string {
  const { plan } = c;
  // The document number and the cited section are both 其他题名信息, each introduced by a colon.
  const title = [plan.title, plan.docNumber, sectionText(c)].filter(Boolean).join(': ');
  return [
    // Under 顺序编码制 a work without a responsible party may start with its title instead of 佚名.
    plan.issuer && stop(plan.issuer),
    `${title}[EB/OL].`,
    // The translator's statement is 其他责任者, which follows the title.
    c.lang === 'en' && translationNote(c),
    `(${plan.date ?? noDate(c.lang)})[${c.accessed}].`,
    `${c.url}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** Chicago 17th, notes-bibliography: a bibliography entry for the section of the plan. */
export function chicago(c: Citation): string {
  const { plan, block } = c;
  // The section title is a part title, so it goes in quotation marks, full stop inside.
  const section = block.title
    ? `${block.label}${c.lang === 'zh' ? ' ' : ', '}“${stop(nestQuotes(block.title))}”`
    : stop(block.label);
  return [
    plan.issuer && stop(plan.issuer),
    stop(plan.title),
    plan.docNumber && stop(plan.docNumber),
    stop(plan.date ? monthDayYear(plan.date) : 'n.d.'),
    section,
    // The translation note names the site; the Chinese original needs the site named on its own.
    c.lang === 'en' ? translationNote(c) : stop(c.siteName),
    `Accessed ${monthDayYear(c.accessed)}.`,
    `${c.url}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** APA 7th reference entry; without an author the title moves to the front, before the date. */
export function apa(c: Citation): string {
  const { plan } = c;
  const described = [
    `${plan.title}: ${sectionText(c)}`,
    plan.docNumber && `(${plan.docNumber})`,
    // A bracketed description after the title is APA's place for what kind of document this is.
    c.lang === 'en' && `[${translationNote(c).replace(/\.$/, '')}]`,
  ]
    .filter(Boolean)
    .join(' ');
  const date = `(${plan.date ? apaDate(plan.date) : 'n.d.'}).`;
  const lead = plan.issuer ? [stop(plan.issuer), date, stop(described)] : [stop(described), date];
  // APA ends a retrieval statement with the bare URL: no full stop that could be copied into the link.
  return [...lead, stop(c.siteName), `Retrieved ${monthDayYear(c.accessed)}, from ${c.url}`].join(' ');
}

/** One title for the formats with a single title field: 题名: 文号: 章节, as in GB/T. */
const fullTitle = (c: Citation): string => [c.plan.title, c.plan.docNumber, sectionText(c)].filter(Boolean).join(': ');

/** A stable key: slug, year (or `_nd`), element ID, and `_en` for the translation, e.g. `deyang_nd_chp_2__sec_2__subsec_7`. */
export function citationKey(c: Citation): string {
  const year = c.plan.date ? c.plan.date.slice(0, 4) : '_nd';
  return `${c.plan.slug}${year}_${c.block.eid}${c.lang === 'en' ? '_en' : ''}`.replace(/[^\w:-]/g, '_');
}

/** Escapes the characters TeX reads as commands or grouping. */
function texEscape(s: string): string {
  return oneLine(s).replace(/[\\{}&%$#_~^]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`,
  );
}

/** Makes repeated keys unique with `_2`, `_3`, … so that a list citing one block twice still resolves. */
function uniqueKeys(cs: Citation[]): string[] {
  const seen = new Map<string, number>();
  return cs.map((c) => {
    const key = citationKey(c);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}_${n}`;
  });
}

/** BibTeX `@misc` entries, one per citation, with `url`/`urldate` for biblatex and natbib styles. */
export function bibtex(cs: Citation[]): string {
  const keys = uniqueKeys(cs);
  return cs
    .map((c, i) => {
      const fields: [string, string][] = [];
      // Double braces: a corporate author is one name, not "First Last", and titles keep their case.
      if (c.plan.issuer) fields.push(['author', `{${texEscape(c.plan.issuer)}}`]);
      fields.push(['title', `{${texEscape(fullTitle(c))}}`]);
      fields.push(['howpublished', texEscape(c.siteName)]);
      fields.push(['year', c.plan.date ? c.plan.date.slice(0, 4) : noDate(c.lang)]);
      if (c.plan.date) fields.push(['date', c.plan.date]);
      // URLs are read verbatim by \url, so `#` and `_` stay unescaped; only braces would break the value.
      fields.push(['url', oneLine(c.url).replace(/[{}]/g, encodeURIComponent)]);
      fields.push(['urldate', c.accessed]);
      if (c.lang === 'en') fields.push(['note', texEscape(translationNote(c))]);
      return `@misc{${keys[i]},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
    })
    .join('\n');
}

/** RIS records (`TY  - GOVDOC` … `ER  - `), CRLF line ends as the format specifies, a blank line between records. */
export function ris(cs: Citation[]): string {
  const keys = uniqueKeys(cs);
  return cs
    .map((c, i) => {
      const lines: [string, string][] = [['TY', 'GOVDOC'], ['ID', keys[i]!]];
      if (c.plan.issuer) lines.push(['AU', c.plan.issuer]);
      lines.push(['TI', fullTitle(c)]);
      if (c.plan.date) lines.push(['PY', c.plan.date.slice(0, 4)], ['DA', c.plan.date.replace(/-/g, '/')]);
      else lines.push(['DA', noDate(c.lang)]);
      lines.push(['DB', c.siteName], ['UR', c.url], ['Y2', c.accessed.replace(/-/g, '/')], ['LA', c.lang]);
      if (c.lang === 'en') lines.push(['N1', translationNote(c)]);
      lines.push(['ER', '']);
      return lines.map(([tag, v]) => `${tag}  - ${oneLine(v)}\r\n`).join('');
    })
    .join('\r\n');
}
