import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { planSchema } from './schemas/plan';
import { planFrontmatter } from './lib/plan-body/loader';

// Content lives outside src/: the converter writes it, the site only reads it.
// IDs are `<lang>/<slug>`. Only the frontmatter is loaded: pages render the body from the file
// (src/lib/plan-body/), so no plan becomes a module of the build.
const plans = defineCollection({
  loader: planFrontmatter('content/plans'),
  schema: planSchema,
});

// Prose pages (sources and method, the data documentation), one MDX file per language.
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.strictObject({ title: z.string().min(1), description: z.string().min(1) }),
});

// Each plan's blocks (content/data/blocks/<slug>.json) are not a collection: a collection holds every
// plan's for the whole build, so pages read the one plan they need (src/lib/plan-blocks.ts).

// The glossary: one English rendering per concept, its allowed variants, and a definition.
const glossary = defineCollection({
  loader: file('./content/glossary/terms.yaml'),
  schema: z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a term id is lowercase ASCII words joined by hyphens'),
    zh: z.string().min(1).regex(/^[^\s]+$/u, 'the Chinese term has no spaces'),
    en: z.string().min(1),
    variants: z.array(z.string().min(1)).default([]),
    // Renderings the house style replaced: still consistent, but the style check warns (docs/translation.md).
    deprecated: z.array(z.string().min(1)).default([]),
    // Where an official English name was published: title and address.
    source: z.string().min(1).optional(),
    // Abbreviations a reader may type (PCT, S&T): search expands them to the term in both languages.
    abbreviations: z.array(z.string().min(1)).default([]),
    category: z.enum(['right', 'procedure', 'institution', 'programme', 'slogan', 'indicator', 'finance', 'service', 'enforcement', 'industry', 'policy']),
    definition: z.string().min(1).optional(),
  }),
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
        // The same table in English, row for row (the rows' IDs are the Chinese ones).
        en: z.strictObject({ caption: z.string().nullable(), columns: z.array(z.string()), rows: z.array(z.array(z.string())) }),
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

export const collections = { plans, pages, glossary, reports, tables, responsibilities };
