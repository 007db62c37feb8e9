// A reader for the MDX the converter writes (converter/stages/emit.ts, parallel.ts), which is a
// small, fixed subset: one JSX element per block, blocks separated by blank lines, text escaped as
// decimal character references, attributes as "plain" strings or {JSON}, and a {/* comment */}.
// Compiling it with the general MDX compiler costs 0.1–0.6 s a file, which at 3,000 plans is most
// of the build; this reads it in a few milliseconds. Anything outside the subset is an error, never
// guessed at, and render.test.ts checks that every real plan renders byte for byte as MDX renders it.

export interface Element {
  name: string;
  attrs: Record<string, unknown>;
  children: Node[];
  /** Offset of the element's `<` in the file, for error messages. */
  at: number;
}
export type Node = string | Element;

/** A problem in the file at an offset: the renderer turns it into "file:line:column: message". */
export class MdxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z][\w.-]*/y;
const ATTR = /\s*([A-Za-z][\w:-]*)(?:=("[^"]*"|\{))?/y;
// Characters the converter always writes as references (escapeMdx): raw, MDX would read them as
// Markdown or JSX syntax (emphasis, links, code…) and render something this reader does not.
const RAW_SYNTAX = /[\\`*_}[\]>~|!#@:]/;

/** Line and column of an offset, 1-based. */
export function lineColumn(src: string, i: number): { line: number; column: number } {
  const before = src.slice(0, i).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Decodes the character references the converter writes (&#123; and &#x7B;). */
function decode(text: string, i: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[A-Za-z]+);?/g, (m, ref: string) => {
    if (ref[0] !== '#' || !m.endsWith(';')) throw new MdxError(i, `"${m}" is not a numeric character reference; the converter writes only those`);
    return String.fromCodePoint(ref[1] === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
  });
}

/** The end of a balanced {…} expression starting at `i` (JSON inside, so strings may hold braces). */
function expressionEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '"') {
      for (k++; k < src.length && src[k] !== '"'; k++) if (src[k] === '\\') k++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return k + 1;
  }
  throw new MdxError(i, 'unclosed {');
}

/** The tree of an MDX file's body, read from `start` (after its frontmatter): flow nodes at the top, separated as written. */
export function parseMdx(src: string, start = 0): Node[] {
  let i = start;
  const root: Element = { name: '#root', attrs: {}, children: [], at: start };
  const stack: Element[] = [root];
  while (i < src.length) {
    const top = stack.at(-1)!;
    const c = src[i];
    if (c === '{') {
      if (!src.startsWith('{/*', i)) throw new MdxError(i, 'an expression; the converter writes only {/* comments */}');
      const end = src.indexOf('*/}', i);
      if (end < 0) throw new MdxError(i, 'unclosed comment');
      top.children.push({ name: '#comment', attrs: {}, children: [], at: i });
      i = end + 3;
    } else if (c === '<' && src[i + 1] === '/') {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m || src[NAME.lastIndex] !== '>') throw new MdxError(i, 'malformed closing tag');
      if (m[0] !== top.name) throw new MdxError(i, `</${m[0]}> closes <${top.name}>`);
      stack.pop();
      i = NAME.lastIndex + 1;
    } else if (c === '<') {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) throw new MdxError(i, 'a "<" that starts no tag');
      const el: Element = { name: m[0], attrs: {}, children: [], at: i };
      let k = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = k;
        const a = ATTR.exec(src);
        if (!a) break;
        k = ATTR.lastIndex;
        if (a[2] === undefined) el.attrs[a[1]!] = true;
        else if (a[2] === '{') {
          const end = expressionEnd(src, k - 1);
          try {
            el.attrs[a[1]!] = JSON.parse(src.slice(k, end - 1));
          } catch {
            throw new MdxError(k - 1, `the value of ${a[1]} is not JSON; the converter writes {JSON} values only`);
          }
          k = end;
        } else el.attrs[a[1]!] = decode(a[2].slice(1, -1), k); // JSX decodes references in quoted values
      }
      while (src[k] === ' ') k++;
      if (src.startsWith('/>', k)) {
        top.children.push(el);
        i = k + 2;
      } else if (src[k] === '>') {
        top.children.push(el);
        stack.push(el);
        i = k + 1;
      } else throw new MdxError(i, `malformed <${m[0]}> tag`);
    } else {
      let end = i;
      while (end < src.length && src[end] !== '<' && src[end] !== '{') end++;
      const text = src.slice(i, end);
      if (/\S/.test(text)) {
        // Text outside a block, or across lines, is Markdown to the MDX compiler (a paragraph, a list…).
        if (top === root) throw new MdxError(i + text.search(/\S/), `text outside any element ("${text.trim().slice(0, 20)}")`);
        if (text.includes('\n')) throw new MdxError(i, 'text running over more than one line');
        // References blanked out, same length, so an offset still points into the file.
        const raw = RAW_SYNTAX.exec(text.replace(/&#(?:x[0-9a-fA-F]+|\d+);/g, (r) => ' '.repeat(r.length)));
        if (raw) throw new MdxError(i + raw.index, `an unescaped "${raw[0]}" (Markdown or JSX syntax to the MDX compiler)`);
      }
      top.children.push(decode(text, i));
      i = end;
    }
  }
  if (stack.length > 1) throw new MdxError(stack.at(-1)!.at, `<${stack.at(-1)!.name}> is never closed`);
  return root.children;
}
