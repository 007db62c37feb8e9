import { getCollection, getEntry } from 'astro:content';
import type { CiteData } from './cite-source';
import { href, t, type Lang } from './i18n';
import { planBlocks } from './plan-blocks';

/** Builds a plan's citation data (src/lib/cite-source.ts) from its frontmatter and block data. */
export async function citeData(lang: Lang, slug: string, site: URL): Promise<CiteData> {
  const fm = (await getEntry('plans', `${lang}/${slug}`))!.data;
  const zh = (await getEntry('plans', `zh/${slug}`))!.data;
  const blocks = planBlocks(slug);
  const tables = (await getCollection('tables')).find((t) => t.data.plan === slug)?.data.tables ?? [];
  return {
    lang,
    siteName: t(lang, 'site.name'),
    siteNameEn: t('en', 'site.name'),
    url: new URL(href(lang, `plans/${slug}`), site).href,
    plan: { slug, title: fm.title, titleZh: zh.title, issuer: fm.issuer, issuerZh: zh.issuer, docNumber: fm.docNumber, docNumberZh: zh.docNumber, date: fm.issued.date },
    blocks: Object.fromEntries(blocks.map((b) => [b.eid, [b.label[lang], b.heading?.[lang] ?? null, b.text[lang]]])),
    tables: Object.fromEntries(
      tables.map((t) => {
        const grid = lang === 'zh' ? { columns: t.columns, rows: t.rows.map((r) => r.cells) } : t.en;
        return [t.eid, { columns: grid.columns, rows: t.rows.map((r, k) => [r.eid, grid.rows[k]!] as [string, string[]]) }];
      }),
    ),
  };
}
