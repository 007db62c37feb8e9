import { getCollection } from 'astro:content';
import { fields, indicators, tags, targets, themes, safeguardCategories, units } from './compare';
import { csv } from './csv';
import { asset, href, LANGS } from './i18n';
import { buildDate, planStatus } from './plan';
import { historyOf } from './plan-history';
import { planBlocks } from './plan-blocks';
import { documents, sharedWording } from './lineage';

// The open data files (/data/*.json, /data/targets.csv): the site's own datasets with absolute URLs.

/**
 * The open data's format version. 2: /data/plans.json and /data/shared-wording.json are indexes, and
 * each plan's blocks and its shared-wording partners are in a file of its own (/data/plans/<slug>.json,
 * /data/shared-wording/<slug>.json), so no file grows with the whole corpus's text. 1 had them in one file each.
 */
export const OPEN_DATA_FORMAT = 2;

/** The absolute URL of a per-plan open data file (`plans`, `shared-wording`). */
export const planFileUrl = (site: URL, kind: 'plans' | 'shared-wording', slug: string) => new URL(asset(`data/${kind}/${slug}.json`), site).href;

/** The absolute URL of a block in both editions. */
export const blockUrls = (site: URL, plan: string, eid: string) => Object.fromEntries(LANGS.map((l) => [l, new URL(`${href(l, `plans/${plan}`)}#${eid}`, site).href])) as { zh: string; en: string };

/** Every target with the URLs of its source block. */
export function targetsData(site: URL) {
  return { fields, units, indicators, targets: targets.map((t) => ({ ...t, url: blockUrls(site, t.plan, t.eid) })) };
}

const CSV_COLUMNS = ['id', 'plan', 'eid', 'label_zh', 'label_en', 'url_zh', 'url_en', 'key', 'field', 'indicator_zh', 'indicator_en', 'written', 'value', 'unit', 'comparator', 'kind', 'date', 'baseline_written', 'baseline_value', 'baseline_year', 'attribute', 'flags'] as const;


/** The targets as CSV for spreadsheets: UTF-8 with a byte-order mark and CRLF, which is what Excel needs to read Chinese. */
export function targetsCsv(site: URL): string {
  const fieldOf = new Map(indicators.map((i) => [i.key, i.field]));
  const rows = targets.map((t) => {
    const url = blockUrls(site, t.plan, t.eid);
    const b = 'baseline' in t ? (t.baseline as { written: string; value: number; year: string | null } | undefined) : undefined;
    const flags = (t.flags ?? []).map((f) => `${f.kind}: ${f.en}`).join(' | ');
    const record: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: t.id, plan: t.plan, eid: t.eid, label_zh: t.label.zh, label_en: t.label.en, url_zh: url.zh, url_en: url.en, key: t.key, field: fieldOf.get(t.key),
      indicator_zh: t.indicator.zh, indicator_en: t.indicator.en, written: t.written, value: t.value, unit: t.unit, comparator: t.comparator, kind: t.kind, date: t.date,
      baseline_written: b?.written, baseline_value: b?.value, baseline_year: b?.year, attribute: 'attribute' in t ? t.attribute : null, flags,
    };
    return CSV_COLUMNS.map((c) => record[c]);
  });
  return csv(CSV_COLUMNS, rows);
}

/** Themes, safeguard categories, and the tagged blocks of every plan with their URLs. */
export function themesData(site: URL) {
  const tagged = (section: 'tasks' | 'safeguards') =>
    Object.entries(tags).flatMap(([plan, t]) => Object.entries(t[section]).map(([eid, ids]) => ({ plan, eid, [section === 'tasks' ? 'themes' : 'categories']: ids, url: blockUrls(site, plan, eid) })));
  return { themes, safeguardCategories, tasks: tagged('tasks'), safeguards: tagged('safeguards') };
}

/** Both editions' frontmatter of every plan, by slug, in slug order: worked out once per build, since every per-plan file asks. */
let editions: Promise<{ slug: string; zh: PlanFrontmatter; en: PlanFrontmatter }[]> | undefined;
type PlanFrontmatter = Awaited<ReturnType<typeof getCollection<'plans'>>>[number]['data'];
function planEditions() {
  editions ??= getCollection('plans').then((entries) => {
    const bySlug = new Map<string, Partial<Record<'zh' | 'en', PlanFrontmatter>>>();
    for (const e of entries) bySlug.set(e.data.slug, { ...bySlug.get(e.data.slug), [e.data.lang]: e.data });
    return [...bySlug.keys()].sort().map((slug) => ({ slug, zh: bySlug.get(slug)!.zh!, en: bySlug.get(slug)!.en! }));
  });
  return editions;
}
type Editions = Awaited<ReturnType<typeof planEditions>>[number];

let bySlugIndex: Promise<Map<string, Editions>> | undefined;
const planIndexBySlug = () => (bySlugIndex ??= planEditions().then((list) => new Map(list.map((p) => [p.slug, p]))));

/** What the index says of a plan: metadata in both languages, status and provenance. */
function planSummary(site: URL, { slug, zh, en }: Editions) {
  const { outline: _o, editorialNotes: _n, lang: _l, ...meta } = zh;
  return {
    slug,
    meta,
    title: { zh: zh.title, en: en.title },
    issuer: { zh: zh.issuer, en: en.issuer },
    url: { zh: new URL(href('zh', `plans/${slug}`), site).href, en: new URL(href('en', `plans/${slug}`), site).href },
    // Whether the stated period has ended as of the build; how the text was received.
    status: { state: planStatus(zh, buildDate()), asOf: buildDate(), period: { start: zh.period.start, end: zh.period.end } },
    provenance: { ...zh.source, corrections: zh.editorialNotes.filter((n) => n.kind === 'correction').length, remarks: zh.editorialNotes.filter((n) => n.kind === 'observation').length },
  };
}

/** /data/plans.json: every plan's metadata and the URL of its own file, which holds its text. */
export async function plansIndex(site: URL) {
  const plans = await planEditions();
  return {
    format: OPEN_DATA_FORMAT,
    plans: await Promise.all(plans.map(async (p) => ({ ...planSummary(site, p), blocks: planBlocks(p.slug).length, file: planFileUrl(site, 'plans', p.slug) }))),
  };
}

/** The slugs with a plan file (/data/plans/<slug>.json). */
export const planFileSlugs = async () => (await planEditions()).map((p) => p.slug);

/** /data/plans/<slug>.json: one plan's metadata, outline, history, editorial notes and every block in both languages with its URLs. */
export async function planData(site: URL, slug: string) {
  const p = (await planIndexBySlug()).get(slug)!;
  return {
    format: OPEN_DATA_FORMAT,
    ...planSummary(site, p),
    outline: p.zh.outline.map((o, k) => ({ ...o, text: { zh: o.text, en: p.en.outline[k]!.text } })),
    // Its history from the project's version history.
    history: historyOf(slug),
    editorialNotes: p.zh.editorialNotes,
    blocks: planBlocks(slug).map((b) => ({ ...b, url: blockUrls(site, slug, b.eid) })),
  };
}

/** /data/shared-wording.json: shared wording (content/data/shared-wording.json) across the plans, with the URL of each plan's file of closest plans and blocks. */
export function sharedWordingData(site: URL) {
  const wording = sharedWording();
  const { blocks: _b, closest: _c, passages, ...rest } = wording;
  return {
    format: OPEN_DATA_FORMAT,
    ...rest,
    passages: passages.map((p) => ({ ...p, occurrences: p.occurrences.map((o) => ({ ...o, url: blockUrls(site, o.plan, o.eid) })) })),
    files: Object.fromEntries(wording.plans.map((plan) => [plan, planFileUrl(site, 'shared-wording', plan)])),
  };
}

/** /data/shared-wording/<slug>.json: one plan's closest plans and its blocks that share wording, with their closest partners, with URLs. */
export function planSharedWordingData(site: URL, plan: string) {
  const wording = sharedWording();
  return {
    format: OPEN_DATA_FORMAT,
    plan,
    runLength: wording.runLength,
    maxPartners: wording.maxPartners,
    maxPlans: wording.maxPlans,
    closest: wording.closest[plan] ?? { count: 0, closest: [] },
    blocks: Object.fromEntries(Object.entries(wording.blocks[plan] ?? {}).map(([eid, s]) => [eid, { ...s, url: blockUrls(site, plan, eid), partners: s.partners.map((x) => ({ ...x, url: blockUrls(site, x.plan, x.eid) })) }])),
  };
}

/** The documents cited, each citation with the URLs of its passage. */
export function documentsCitedData(site: URL) {
  return { documents: documents.map((d) => ({ ...d, citations: d.citations.map((c) => ({ ...c, url: blockUrls(site, c.plan, c.eid) })) })) };
}

const CITATION_COLUMNS = ['document', 'title_zh', 'title_en', 'en_source', 'kind', 'level', 'plan', 'eid', 'written', 'start', 'end', 'url_zh', 'url_en'] as const;

/** Every citation of a document as one CSV row (UTF-8 with a byte-order mark and CRLF, as targets.csv). */
export function citationsCsv(site: URL): string {
  const rows = documents.flatMap((d) =>
    d.citations.map((c) => {
      const url = blockUrls(site, c.plan, c.eid);
      const record: Record<(typeof CITATION_COLUMNS)[number], unknown> = { document: d.id, title_zh: d.zh, title_en: d.en, en_source: d.enSource, kind: d.kind, level: d.level, plan: c.plan, eid: c.eid, written: c.written, start: c.start, end: c.end, url_zh: url.zh, url_en: url.en };
      return CITATION_COLUMNS.map((k) => record[k]);
    }),
  );
  return csv(CITATION_COLUMNS, rows);
}
