import { z } from 'astro/zod';

/** One plan's blocks in both languages, with citation labels (content/data/blocks/<slug>.json, written by converter/stages/blocks.ts). */
export const planBlocksSchema = z.strictObject({
  plan: z.string(),
  blocks: z.array(
    z.strictObject({
      eid: z.string(),
      kind: z.enum(['title', 'heading', 'item', 'para', 'member', 'table', 'row', 'note']),
      part: z.enum(['front', 'preamble', 'background', 'goals', 'tasks', 'safeguards', 'appendix']),
      section: z.string().nullable(),
      label: z.strictObject({ zh: z.string(), en: z.string() }),
      heading: z.strictObject({ zh: z.string(), en: z.string() }).nullable(),
      text: z.strictObject({ zh: z.string(), en: z.string() }),
    }),
  ),
});

export type BlockRecord = z.infer<typeof planBlocksSchema>['blocks'][number];
