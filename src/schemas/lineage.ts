import { z } from 'astro/zod';

// The hand-curated list of documents the plans cite in 《》 (content/compare/documents.yaml, docs/lineage.md).

export const DOCUMENT_KINDS = ['law', 'plan', 'guideline', 'opinion', 'notice', 'measure', 'standard', 'agreement', 'report', 'list'] as const;
/** The levels of government from the top down, then "international" (the one list kept by UNESCO). */
export const DOCUMENT_LEVELS = ['national', 'provincial', 'prefectural', 'county', 'international'] as const;

export const documentSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase ASCII words joined by hyphens'),
  /** The title as the document itself gives it (with its years, if it has them). */
  zh: z.string().min(1),
  en: z.string().min(1),
  /** Where the English title comes from: the URL of an official English version, or "reference" (this site's translation). */
  enSource: z.union([z.url({ protocol: /^https?$/ }), z.literal('reference')]),
  kind: z.enum(DOCUMENT_KINDS),
  level: z.enum(DOCUMENT_LEVELS),
  /** Other ways the plans write the title that the normalisation does not already merge. */
  variants: z.array(z.string().min(1)).default([]),
  /** The slug of the plan on this site when the document is one of them. */
  plan: z.string().optional(),
});

export const documentsFileSchema = z.strictObject({ documents: z.array(documentSchema).min(1) });
export type CitedDocument = z.infer<typeof documentSchema>;
