import { blockHref, byPlan, commitments, fields, indicators, plansOnIndicator, statusFigures, targets, units, type PlanEntry, type TargetRecord } from './compare';
import { t, type Lang, type UiKey } from './i18n';
import { periodBound, placeName } from './plan';
import { splitEids } from '../shared/eid';
import { formatQuantity, formatTarget, kindLabel } from './target-format';

// The targets dataset arranged for the goals page and its CSV: one row per target, in the fields'
// order, then the indicators' order, then the plans' order, so the page and the download list the same rows.

export const unitOf = (id: string) => units.find((u) => u.id === id)!;
export const indicatorOf = (key: string) => indicators.find((i) => i.key === key)!;

export interface TargetRow { field: (typeof fields)[number]; key: string; indicator: string; plan: PlanEntry; target: TargetRecord }

/** Every target of the given plans as a row of the targets table. */
export function targetRows(plans: PlanEntry[], lang: Lang): TargetRow[] {
  const mine = byPlan(targets);
  return fields.flatMap((field) =>
    indicators
      .filter((i) => i.field === field.id)
      .flatMap((i) => plans.flatMap((plan) => (mine.get(plan.data.slug) ?? []).filter((x) => x.key === i.key).map((target) => ({ field, key: i.key, indicator: i[lang], plan, target })))),
  );
}

/** A note with every block ID replaced by that block's label. */
export const labelIds = (text: string, labels: Map<string, { zh: string; en: string }> | undefined, lang: Lang) =>
  splitEids(text).map((p) => (p.eid && labels?.get(p.eid) ? labels.get(p.eid)![lang] : p.text)).join('');

export const TARGETS_CSV_HEADER = ['id', 'field', 'indicator', 'key', 'plan', 'target', 'value', 'unit', 'comparator', 'kind', 'date', 'baseline', 'baseline_year', 'attribute', 'flags', 'source', 'url'] as const;

/** The targets table as CSV rows, in the page's language, with the same rows and wording as the page. */
export function targetCsvRows(plans: PlanEntry[], lang: Lang, site: URL, labels: Map<string, Map<string, { zh: string; en: string }>>): unknown[][] {
  return targetRows(plans, lang).map(({ field, key, indicator, plan, target: x }) => {
    const unit = unitOf(x.unit);
    return [
      x.id, field[lang], indicator, key, placeName(plan.data, lang), formatTarget(x, unit, lang) ?? t(lang, 'target.blank'), x.value, unit[lang], x.comparator, kindLabel(x, lang),
      x.date ? periodBound(x.date, lang) : '', x.baseline ? formatQuantity(x.baseline.value, unit, lang) : '', x.baseline?.year ?? '',
      x.attribute ? t(lang, `target.attribute.${x.attribute}` as UiKey) : '', (x.flags ?? []).map((f) => `${t(lang, `flag.${f.kind}` as UiKey)} ${labelIds(f[lang], labels.get(x.plan), lang)}`).join(' | '),
      x.label[lang], new URL(blockHref(lang, x.plan, x.eid), site).href,
    ];
  });
}

/** What each indicator has: targets, directional commitments and status quo figures, and from how many plans. */
export function indicatorSummary(key: string) {
  return { plans: plansOnIndicator(key).size, targets: countOf(targets, key), commitments: countOf(commitments, key), status: countOf(statusFigures, key) };
}

const counts = new Map<unknown[], Map<string, number>>();
/** How many records of a list are on an indicator (counted once per list: the goals page asks for every indicator). */
function countOf(list: { key: string }[], key: string): number {
  if (!counts.has(list)) counts.set(list, list.reduce((m, r) => m.set(r.key, (m.get(r.key) ?? 0) + 1), new Map<string, number>()));
  return counts.get(list)!.get(key) ?? 0;
}

export { blockHref };
