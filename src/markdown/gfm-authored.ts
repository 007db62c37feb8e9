import remarkGfm from 'remark-gfm';

/**
 * GitHub-flavoured Markdown (tables, footnotes, strikethrough, task lists, autolinks) for the
 * pages people write by hand, and only for them. The processor is shared with the generated plan
 * files, which must never get GFM (docs/architecture.md, "Decisions"): GFM's autolink literals
 * could turn source text into links. remark-gfm works at parse time for a whole processor, so the
 * parser is wrapped and the GFM extensions are lent to it only while it parses an authored file.
 */
export default function remarkGfmAuthored(this: any, options: { authored: (path: string) => boolean }) {
  const own: Record<string, unknown[]> = {};
  // remark-gfm only records its extensions on the processor's data; a scratch record collects them.
  (remarkGfm as (this: unknown) => void).call({ data: () => own });
  const parse = this.parser as (doc: string, file: { path?: string }) => unknown;
  if (typeof parse !== 'function') throw new Error('remarkGfmAuthored must come after the Markdown parser');
  const data = this.data() as Record<string, unknown[] | undefined>;
  this.parser = (doc: string, file: { path?: string }) => {
    if (!file?.path || !options.authored(file.path.replace(/\\/g, '/'))) return parse(doc, file);
    const saved = { micromarkExtensions: data.micromarkExtensions, fromMarkdownExtensions: data.fromMarkdownExtensions };
    data.micromarkExtensions = [...(saved.micromarkExtensions ?? []), ...(own.micromarkExtensions ?? [])];
    data.fromMarkdownExtensions = [...(saved.fromMarkdownExtensions ?? []), ...(own.fromMarkdownExtensions ?? [])];
    try {
      return parse(doc, file);
    } finally {
      Object.assign(data, saved);
    }
  };
}

type HastNode = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: HastNode[] };

/** GFM footnotes name themselves in English ("Footnotes", "Back to reference 1"); Chinese pages get Chinese. */
export function rehypeFootnotesZh(options: { zh: (path: string) => boolean }) {
  return (tree: HastNode, file: { path?: string }) => {
    if (!file.path || !options.zh(file.path.replace(/\\/g, '/'))) return;
    const walk = (n: HastNode) => {
      if (n.properties?.id === 'footnote-label') n.children = [{ type: 'text', value: '注释' }];
      const label = n.properties?.ariaLabel;
      if (typeof label === 'string') n.properties!.ariaLabel = label.replace(/^Back to reference (\S+)$/, '返回正文注$1处');
      n.children?.forEach(walk);
    };
    walk(tree);
  };
}
