// A JSX runtime that renders to HTML strings, escaping as Astro does, so the converter's MDX can be
// rendered on the page that shows it instead of being bundled as one module per plan and view.

/** Markup already escaped. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const TEXT = /[&<>'"]/g;
const TEXT_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** Text content escaped (the same entities as Astro's escapeHTML). */
export const escapeText = (s: string) => s.replace(TEXT, (c) => TEXT_ENTITY[c]!);
/** An attribute value escaped (as Astro's toAttributeString). */
export const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'wbr']);

export type Child = Html | string | number | boolean | null | undefined | Child[];
export type Props = Record<string, unknown> & { children?: Child };
export type Component = (props: Props) => Html;

/** The HTML of children: text escaped, markup as it is, nothing for null, undefined and booleans. */
export function children(c: Child): string {
  if (c === null || c === undefined || typeof c === 'boolean') return '';
  if (c instanceof Html) return c.value;
  if (Array.isArray(c)) return c.map(children).join('');
  return escapeText(String(c));
}

/** Attributes as Astro writes them: null, undefined and false left out, true as a bare name. */
export function attrs(props: Record<string, unknown>): string {
  let out = '';
  for (const [k, v] of Object.entries(props)) {
    if (k === 'children' || v === null || v === undefined || v === false) continue;
    out += v === true ? ` ${k}` : ` ${k === 'className' ? 'class' : k}="${escapeAttr(String(v))}"`;
  }
  return out;
}

/** One element. */
export function element(tag: string, props: Record<string, unknown>, content: Child): Html {
  return new Html(VOID.has(tag) ? `<${tag}${attrs(props)}/>` : `<${tag}${attrs(props)}>${children(content)}</${tag}>`);
}

export const Fragment = (props: Props): Html => new Html(children(props.children));

/** The automatic runtime MDX compiles to (`jsx`, `jsxs`, `Fragment`). */
export function jsx(type: string | Component, props: Props): Html {
  return typeof type === 'function' ? type(props) : element(type, props, props.children);
}
export const jsxs = jsx;
