import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** Every element matching a predicate, in document order. */
export function findAll(node: Node, pred: (el: Element) => boolean, out: Element[] = []): Element[] {
  if ('tagName' in node && pred(node)) out.push(node);
  const kids = 'childNodes' in node ? node.childNodes : [];
  const content = 'content' in node ? [(node as { content: Node }).content] : [];
  for (const k of [...kids, ...content]) findAll(k, pred, out);
  return out;
}

export const hasClass = (el: Element, cls: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

/** Text content, skipping elements marked `data-ui` (site chrome: permalinks, note markers, labels). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if ('tagName' in node && attr(node, 'data-ui') !== undefined) return '';
  const kids = 'childNodes' in node ? node.childNodes : [];
  return kids.map(textOf).join('');
}
