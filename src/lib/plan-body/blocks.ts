// The elements the converter's MDX uses (converter/stages/emit.ts, parallel.ts), as HTML: its block
// components and the plain HTML elements it writes, each with the attributes it may carry. The
// renderer (./render.ts) refuses anything not listed here, so a construct the converter starts to
// write fails the build until it is taught here, instead of being dropped or guessed at.
import { href, t, type Lang, type UiKey } from '../i18n';
import { element, type Child, type Html, type Props } from './html';

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

/** A block component: the attributes the converter may give it, and its HTML. */
export interface BlockComponent {
  attrs: readonly string[];
  render: (p: Props) => Html;
}

/** The block components for one language edition (the labels and links they add are in that language). */
export function blockComponents(lang: Lang): Record<string, BlockComponent> {
  return {
    // A released eId that now points here: an empty anchor keeps old links working.
    Alias: { attrs: ['eid'], render: (p) => element('span', { id: str(p.eid), class: 'alias', 'data-ui': true }, '') },
    // A title cited in 《》: a link to the document's entry on the sources page; the text is the plan's own.
    DocRef: { attrs: ['doc'], render: (p) => element('a', { class: 'doc-ref', href: `${href(lang, 'compare/sources')}#doc-${str(p.doc)}` }, p.children) },
    // The plan's own title line, as printed in the source (the page h1 comes from the frontmatter).
    DocTitle: { attrs: ['eid'], render: (p) => element('p', { id: str(p.eid), class: 'doc-title' }, p.children) },
    // Where an editorial note applies: a marker linking to the note, never part of the plan text.
    // `echo`: the same marker again (the English of a parallel row); the Chinese one is the back-link target.
    EdRef: {
      attrs: ['n', 'echo'],
      render: (p) => element('sup', { class: 'edref', 'data-ui': true }, element('a', { id: p.echo ? undefined : `edref-${p.n}`, href: `#ednote-${p.n}` }, `〔${t(lang, 'ednote.marker', { n: Number(p.n) })}〕`)),
    },
    // Chapter → h2, section → h3, numbered sub-section heading → h4 (the page title is the h1).
    // The wrapper holds the permalink beside the heading, so it is not part of the heading's name.
    // `supplied`: the received text lost its numbering; the number its citations use is shown in
    // brackets as the editors' (not the source's), and is not part of the plan's text (data-ui).
    Heading: {
      attrs: ['eid', 'level', 'num', 'supplied'],
      render: (p) => {
        const level = Number(p.level);
        const num = p.num ? element('span', { class: 'num' }, str(p.num)) : '';
        const supplied = p.supplied ? element('span', { class: 'num supplied-num', 'data-ui': true }, `[${str(p.supplied)}]`) : '';
        return element('div', { class: `hw hw-${level}` }, element(`h${Math.min(level + 1, 6)}`, { id: str(p.eid) }, [num, supplied, p.children as Child]));
      },
    },
    // A numbered provision (1．…, （一）…): the number as printed, then its text.
    Item: { attrs: ['eid', 'num'], render: (p) => element('p', { id: str(p.eid) }, [element('span', { class: 'num' }, str(p.num)), p.children as Child]) },
    Member: { attrs: ['eid'], render: (p) => element('p', { id: str(p.eid), class: 'member' }, p.children) },
    // One row of the parallel view: a block's Chinese and English side by side, under the block's permanent ID.
    Pair: {
      attrs: ['eid', 'kind', 'aliases'],
      render: (p) => {
        const aliases = ((p.aliases as string[] | undefined) ?? []).map((a) => element('span', { id: a, class: 'alias', 'data-ui': true }, ''));
        return element('div', { id: str(p.eid), class: `pair${p.kind ? ` pair-${p.kind}` : ''}` }, [aliases, p.children as Child]);
      },
    },
    // A paragraph; `variant` sets official-document lines apart (addressee, signature, date).
    Para: { attrs: ['eid', 'variant'], render: (p) => element('p', { id: str(p.eid), class: str(p.variant) }, p.children) },
    // A plan table: scrolls sideways on a phone and by keyboard, with its eId on the table.
    PlanTable: {
      attrs: ['eid', 'label'],
      render: (p) => element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': str(p.label) }, element('table', { id: str(p.eid) }, p.children)),
    },
    // A part of the document: the issuing notice, the plan itself, annexes, the colophon.
    Region: {
      attrs: ['kind'],
      render: (p) => {
        const kind = String(p.kind);
        const labelled = ['notice', 'attachments', 'annex', 'colophon'].includes(kind);
        return element('section', { class: `region region-${kind}` }, [labelled ? element('p', { class: 'region-label', 'data-ui': true }, t(lang, `region.${kind}` as UiKey)) : '', p.children as Child]);
      },
    },
    // A responsibility note ([责任单位：…]) kept in the text but set apart; agencies feed the data files.
    Resp: { attrs: ['agencies'], render: (p) => element('span', { class: 'resp', 'data-agencies': (p.agencies as string[]).join('|') }, p.children) },
    TableNotes: { attrs: [], render: (p) => element('div', { class: 'table-notes' }, p.children) },
  };
}

/** The plain HTML elements the converter writes inside blocks, with the attributes each may carry (rendered as written). */
export const HTML_ELEMENTS: Record<string, readonly string[]> = {
  strong: [],
  br: [],
  // `lang` marks Chinese kept in the English edition; `class` the member list's role/name/post and the parallel view's sides.
  span: ['lang', 'class'],
  div: ['lang', 'class'],
  p: ['id'],
  caption: [],
  thead: [],
  tbody: [],
  tr: ['id'],
  th: ['rowspan', 'scope'],
  td: ['rowspan'],
};
