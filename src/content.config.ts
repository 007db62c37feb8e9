import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { planSchema } from './schemas/plan';

// Content lives outside src/: the converter writes it, the site only reads it.
const plans = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/plans' }),
  schema: planSchema,
});

const reports = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/reports' }),
  schema: z.looseObject({
    slug: z.string(),
    removed: z.array(z.strictObject({ line: z.number(), kind: z.enum(['revision-format', 'revision-delete']), author: z.string(), text: z.string() })),
    bookmarks: z.array(z.strictObject({ line: z.number(), tag: z.string() })),
    indentation: z.array(z.strictObject({ line: z.number(), chars: z.number() })),
    joins: z.array(z.strictObject({ lines: z.tuple([z.number(), z.number()]), eid: z.string().min(1), before: z.string(), after: z.string() })),
    ids: z.number(),
  }),
});

const tables = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/data/tables' }),
  schema: z.strictObject({
    plan: z.string(),
    tables: z.array(
      z.strictObject({
        eid: z.string(),
        caption: z.string().nullable(),
        columns: z.array(z.string()),
        rows: z.array(z.strictObject({ eid: z.string(), line: z.number(), cells: z.array(z.string()) })),
        notes: z.array(z.strictObject({ eid: z.string(), text: z.string() })),
      }),
    ),
  }),
});

const responsibilities = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/data/responsibilities' }),
  schema: z.strictObject({
    plan: z.string(),
    tasks: z.array(
      z.strictObject({
        eid: z.string(),
        source: z.enum(['note', 'table']),
        lead: z.array(z.string()),
        participants: z.array(z.string()),
        text: z.string(),
      }),
    ),
  }),
});

export const collections = { plans, reports, tables, responsibilities };
