import { z } from 'astro/zod';

const eid = z.string().regex(/^[a-z][a-z0-9_]*$/, 'an eId is lowercase ASCII letters, digits and underscores');
const yearMonth = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'use YYYY or YYYY-MM');

/** Frontmatter of a plan edition (one MDX file per plan per language). */
export const planSchema = z
  .strictObject({
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    // Plans are data: the set comes from seeds/ and converter/hints/, never from a list in code.
    slug: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a slug is lowercase ASCII letters, digits and hyphens'),
    lang: z.enum(['zh', 'en']),
    region: z.strictObject({
      province: z.string().min(1),
      prefecture: z.string().min(1),
      county: z.string().min(1).nullable(),
      en: z.string().min(1),
    }),
    level: z.enum(['county', 'county-level-city', 'prefecture-level-city']),
    kind: z.enum(['plan', 'work-plan']),
    programme: z.enum(['fyp14', 'ip-strong-county-demo', 'ip-strong-city-pilot']),
    issuer: z.string().min(1).nullable(),
    issuerReason: z.string().min(1).optional(),
    docNumber: z.string().min(1).nullable(),
    issued: z.strictObject({
      date: z.iso.date().nullable(),
      reason: z.string().min(1).nullable(),
    }),
    // `basis`: the words of the text the period rests on; `inferred`: the years are not printed but follow from it.
    period: z.strictObject({ start: yearMonth, end: yearMonth, basis: z.string().min(1), inferred: z.boolean().optional() }),
    titleSupplied: z.string().min(1).optional(),
    responsibilityTable: eid.optional(),
    source: z.strictObject({
      file: z.string().regex(/^seeds\/[a-z][a-z0-9-]*\.txt$/),
      original: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      lines: z.number().int().positive(),
    }),
    stats: z.strictObject({
      characters: z.number().int().positive(),
      blocks: z.number().int().positive(),
      ids: z.number().int().positive(),
    }),
    editorialNotes: z.array(
      z.strictObject({
        n: z.number().int().positive(),
        eid,
        kind: z.enum(['correction', 'observation']),
        line: z.number().int().positive(),
        text: z.string().min(1),
        original: z.string().nullable(),
        corrected: z.string().nullable(),
      }),
    ),
    outline: z.array(
      // `supplied`: a number the editors supplied where the received text lost its numbering.
      z.strictObject({ eid, level: z.number().int().min(1).max(3), num: z.string().nullable(), supplied: z.string().optional(), text: z.string().min(1) }),
    ),
  })
  .refine((p) => p.issued.date !== null || p.issued.reason !== null, {
    message: 'issued.date is null, so issued.reason must say why (e.g. "not stated in the text")',
    path: ['issued', 'reason'],
  })
  .refine((p) => p.issuer !== null || p.issuerReason !== undefined, {
    message: 'issuer is null, so issuerReason must say why',
    path: ['issuerReason'],
  })
  .refine((p) => p.period.start <= p.period.end, { message: 'period.start is after period.end', path: ['period'] });

export type PlanFrontmatter = z.infer<typeof planSchema>;
