import { blockHref, fields, indicators, targets, units, type PlanEntry, type TargetRecord } from './compare';
import { t, type Lang, type UiKey } from './i18n';
import { periodBound, placeName } from './plan';
import { formatTarget } from './target-format';

// The targets dataset arranged for the goals page: a table of indicators × plans, and the charts.

const unitOf = (id: string) => units.find((u) => u.id === id)!;
const indicatorOf = (key: string) => indicators.find((i) => i.key === key)!;

/** Indicators × plans, grouped by field in the fields' order; each cell holds that plan's targets for the indicator. */
export function targetRows(plans: PlanEntry[], lang: Lang) {
  return fields
    .map((field) => ({
      field,
      rows: indicators
        .filter((i) => i.field === field.id && targets.some((t) => t.key === i.key))
        .map((i) => ({ key: i.key, name: i[lang], cells: plans.map((p) => targets.filter((t) => t.key === i.key && t.plan === p.data.slug)) })),
    }))
    .filter((g) => g.rows.length > 0);
}

/** Plans that state a target for each indicator. */
export function plansPerIndicator(): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const t of targets) if (t.value !== null) (m.get(t.key) ?? m.set(t.key, new Set()).get(t.key)!).add(t.plan);
  return m;
}

/**
 * A chart for every indicator that three or more plans give a value for, one per unit so that units
 * are never mixed on one axis, with notes where the values are not like for like.
 */
export function chartsFor(plans: PlanEntry[], lang: Lang) {
  const byPlan = new Map(plans.map((p) => [p.data.slug, p.data]));
  const charts = [];
  for (const [key, planSet] of plansPerIndicator()) {
    if (planSet.size < 3) continue;
    const list = targets.filter((t): t is TargetRecord & { value: number } => t.key === key && t.value !== null && byPlan.has(t.plan));
    for (const unit of [...new Set(list.map((t) => t.unit))]) {
      const group = list.filter((t) => t.unit === unit);
      const others = list.filter((t) => t.unit !== unit);
      const rows = group.map((x) => {
        const p = byPlan.get(x.plan)!;
        const several = group.filter((g) => g.plan === x.plan).length > 1;
        return {
          plan: x.plan,
          name: several ? `${placeName(p, lang)} · ${t(lang, `target.kind.${x.kind}` as UiKey)}` : placeName(p, lang),
          value: x.value,
          display: formatTarget(x, unitOf(x.unit), lang)!,
          date: x.date ? periodBound(x.date, lang) : null,
          href: blockHref(lang, x.plan, x.eid),
          kind: x.kind,
        };
      });
      const notes: string[] = [];
      const kinds = [...new Set(group.map((g) => g.kind))];
      if (kinds.length > 1) notes.push(t(lang, 'chart.note.kinds', { kinds: kinds.map((k) => t(lang, `target.kind.${k}` as UiKey)).join(lang === 'zh' ? '、' : ', ') }));
      const levels = [...new Set(group.map((g) => byPlan.get(g.plan)!.level))];
      if (levels.length > 1) notes.push(t(lang, 'chart.note.levels'));
      const dates = [...new Set(group.map((g) => g.date ?? '—'))];
      if (dates.length > 1) notes.push(t(lang, 'chart.note.dates', { dates: dates.join(lang === 'zh' ? '、' : ', ') }));
      if (group.some((g) => g.comparator !== group[0]!.comparator)) notes.push(t(lang, 'chart.note.comparators'));
      if (others.length) notes.push(t(lang, 'chart.note.units'));
      charts.push({ id: `chart-${key}${unit === group[0]!.unit && list.every((l) => l.unit === unit) ? '' : `-${unit}`}`, title: indicatorOf(key)[lang], unit: unitOf(unit)[lang], rows, notes });
    }
  }
  return charts;
}
