import { SeedError } from '../errors.ts';
import type { AgencyNames } from '../translation/translate.ts';
import type { CuratedFile } from './read.ts';

export interface ResponsibilityTask { eid: string; source: 'note' | 'table'; lead: string[]; participants: string[]; text: string }
export interface Agency { zh: string; en: string; lead: string[]; participants: string[] }

/**
 * Every agency a plan makes responsible, under one name in both languages, with the tasks it leads
 * and takes part in. Joint names ("…办公室及成员单位") are split as content/compare/agencies.yaml says.
 */
export function agencyIndex(slug: string, given: ResponsibilityTask[], names: AgencyNames, file: CuratedFile<Record<string, Record<string, string[]> | null>>): { tasks: ResponsibilityTask[]; agencies: Agency[] } {
  const splits = file.data?.[slug] ?? {};
  const one = (name: string) => splits[name] ?? [name];
  const tasks = given.map((t) => ({ ...t, lead: t.lead.flatMap(one), participants: t.participants.flatMap(one) }));
  const agencies = new Map<string, Agency>();
  const add = (name: string, role: 'lead' | 'participants', eid: string) => {
    const en = names[slug]?.[name];
    if (!en) throw new SeedError('content/translations/en/agencies.yaml', undefined, `${slug}: agency "${name}" has no English name`, `add "${name}: <English name>" under ${slug}:`);
    const a = agencies.get(name) ?? agencies.set(name, { zh: name, en, lead: [], participants: [] }).get(name)!;
    if (!a[role].includes(eid)) a[role].push(eid);
  };
  for (const t of tasks) {
    for (const n of t.lead) add(n, 'lead', t.eid);
    for (const n of t.participants) add(n, 'participants', t.eid);
  }
  // Most-involved first: the view answers "who carries this plan".
  return { tasks, agencies: [...agencies.values()].sort((a, b) => b.lead.length + b.participants.length - (a.lead.length + a.participants.length) || a.zh.localeCompare(b.zh, 'zh')) };
}
