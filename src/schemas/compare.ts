import { z } from 'astro/zod';

// The curated comparison files in content/compare/ (docs/comparison.md).

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase ASCII words joined by hyphens');
const bilingual = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const named = z.strictObject({ id, zh: z.string().min(1), en: z.string().min(1) });

export const themesFileSchema = z.strictObject({
  themes: z.array(named.extend({ description: bilingual })).min(15, 'keep 15 to 25 themes').max(25, 'keep 15 to 25 themes'),
  safeguards: z.array(named).min(1),
});

// A unit names its rendering in the glossary of units (content/glossary/units.yaml), so it reads the same everywhere.
export const indicatorsFileSchema = z.strictObject({
  fields: z.array(named).min(1),
  units: z.array(z.strictObject({ id, zh: z.string().min(1) })).min(1),
  indicators: z.array(z.strictObject({ key: id, field: id, zh: z.string().min(1), en: z.string().min(1) })).min(1),
});

export const COMPARATORS = ['at-least', 'more-than', 'reach', 'at-most', 'double', 'increase-by', 'reduce-by'] as const;
export const TARGET_KINDS = ['stock', 'cumulative', 'annual', 'new', 'per-capita', 'rate', 'growth'] as const;
export const FLAG_KINDS = ['blank', 'contradiction', 'ambiguous'] as const;

export const targetSchema = z.strictObject({
  eid: z.string().min(1),
  indicator: bilingual,
  key: id,
  written: z.string().min(1).nullable(),
  value: z.number().nullable(),
  unit: id,
  comparator: z.enum(COMPARATORS),
  kind: z.enum(TARGET_KINDS),
  date: z.string().regex(/^\d{4}(-\d{2})?$/, 'a target date is YYYY or YYYY-MM').nullable(),
  baseline: z.strictObject({ written: z.string().min(1), value: z.number(), year: z.string().regex(/^\d{4}$/, 'a baseline year is YYYY').nullable() }).optional(),
  attribute: z.enum(['expected', 'binding']).optional(),
  flags: z.array(z.strictObject({ kind: z.enum(FLAG_KINDS), zh: z.string().min(1), en: z.string().min(1) })).optional(),
});

export const targetsFileSchema = z.strictObject({ plan: id, targets: z.array(targetSchema) });

export const tagsFileSchema = z.strictObject({
  plan: id,
  tasks: z.record(z.string(), z.array(id).min(1, 'give every task block at least one theme')),
  safeguards: z.record(z.string(), z.array(id).min(1, 'give every safeguard block at least one category')),
});

const period = z.string().regex(/^\d{4}(-\d{2})?$/, 'a date is YYYY or YYYY-MM');

/** The glossary of units: one English rendering per unit, singular and plural (content/glossary/units.yaml). */
export const unitsGlossarySchema = z.array(z.strictObject({ zh: z.string().min(1), one: z.string().min(1), other: z.string().min(1), note: z.string().optional() })).min(1);

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;

/** A commitment on an indicator that states a direction and no number (提高知识产权质押融资备案金额). */
export const commitmentSchema = z.strictObject({
  eid: z.string().min(1),
  indicator: bilingual,
  key: id,
  written: z.string().min(1),
  direction: z.enum(DIRECTIONS),
  date: period.nullable(),
});
export const commitmentsFileSchema = z.strictObject({ plan: id, commitments: z.array(commitmentSchema) });

/** A figure a plan's background section states about where it stands (2020 年有效发明专利量791件). */
export const statusSchema = z.strictObject({
  eid: z.string().min(1),
  indicator: bilingual,
  key: id,
  written: z.string().min(1),
  value: z.number(),
  unit: id,
  comparator: z.enum(['reach', 'more-than', 'less-than']),
  kind: z.enum(TARGET_KINDS),
  from: z.string().regex(/^\d{4}$/, 'a period start is YYYY').optional(),
  date: period,
  flags: z.array(z.strictObject({ kind: z.enum(FLAG_KINDS), zh: z.string().min(1), en: z.string().min(1) })).optional(),
});
export const statusFileSchema = z.strictObject({ plan: id, figures: z.array(statusSchema) });

export type Target = z.infer<typeof targetSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type StatusFigure = z.infer<typeof statusSchema>;
export type ThemesFile = z.infer<typeof themesFileSchema>;
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;
