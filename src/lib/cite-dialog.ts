import { apa, bibtex, chicago, citationKey, gbt7714, ris } from './cite';
import { citeIn, toCitation, today, type CiteData, type CiteStyle } from './cite-source';
import { copyText, download } from './clipboard';
import { readerUrl } from '../shared/site-url';
import { showModal } from '../scripts/modal';

/** UI strings for citing, passed from the page (src/i18n/*.json, keys cite.*). */
export type CiteUi = Record<'title' | 'close' | 'copy' | 'copied' | 'failed' | 'gbt' | 'chicago' | 'apa' | 'bibtex' | 'ris' | 'collect' | 'collected' | 'basket' | 'accessed', string>;

export const STYLES: Record<CiteStyle, (c: Parameters<typeof gbt7714>[0]) => string> = { gbt: gbt7714, chicago, apa };

const cache = new Map<string, Promise<CiteData>>();

/** A plan's citation data, fetched once per page (/data/cite/<lang>/<slug>.json). */
export function loadCiteData(lang: string, plan: string): Promise<CiteData> {
  const key = `${lang}/${plan}`;
  if (!cache.has(key)) {
    const p = fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}data/cite/${key}.json`).then((r) => {
      if (!r.ok) throw new Error(`citation data for ${key}: HTTP ${r.status}`);
      return r.json() as Promise<CiteData>;
    }).then((data) => ({ ...data, url: readerUrl(data.url, import.meta.env.ATLAS_SITE_CONFIGURED === true, location.origin) }));
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return cache.get(key)!;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/**
 * The cite dialog: a real modal <dialog> (the rest of the page is inert, Esc closes it), with focus
 * kept inside and returned to the button that opened it. One citation per style, each with a copy
 * button; BibTeX and RIS as downloads; and the way into the passage basket.
 */
export function openCiteDialog(opener: HTMLElement, data: CiteData, eid: string, ui: CiteUi, onCollect?: () => string): HTMLDialogElement {
  const accessed = today();
  const c = toCitation(data, eid, accessed)!;
  const status = el('p', { className: 'cite-status' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const heading = el('h2', { id: 'cite-title' }, ui.title.replace('{label}', c.block.label));
  const styles = (Object.keys(STYLES) as CiteStyle[]).map((style) => {
    const text = citeIn(style, data, eid, accessed, STYLES)!;
    const out = el('p', { className: 'cite-text', id: `cite-${style}` }, text);
    const copy = el('button', { type: 'button', className: 'cite-copy' }, ui.copy);
    copy.setAttribute('aria-describedby', `cite-${style}-h`);
    copy.dataset.style = style;
    copy.addEventListener('click', async () => {
      status.textContent = (await copyText(text)) ? ui.copied : ui.failed;
    });
    return el('section', { className: 'cite-style' }, el('h3', { id: `cite-${style}-h` }, ui[style]), out, copy);
  });
  const bib = el('button', { type: 'button' }, ui.bibtex);
  bib.addEventListener('click', () => download(`${citationKey(c)}.bib`, bibtex([c]), 'application/x-bibtex'));
  const risButton = el('button', { type: 'button' }, ui.ris);
  risButton.addEventListener('click', () => download(`${citationKey(c)}.ris`, ris([c]), 'application/x-research-info-systems'));
  const actions = el('p', { className: 'cite-actions' }, bib, ' ', risButton);
  if (onCollect) {
    const collect = el('button', { type: 'button', className: 'cite-collect' }, ui.collect);
    collect.addEventListener('click', () => {
      status.textContent = onCollect();
    });
    actions.append(' ', collect);
  }
  const close = el('button', { type: 'button', className: 'cite-close' }, ui.close);
  const dialog = el('dialog', { className: 'cite-dialog' }, el('div', { className: 'cite-head' }, heading, close), el('p', { className: 'cite-accessed' }, ui.accessed.replace('{date}', accessed)), ...styles, actions, status);
  dialog.setAttribute('aria-labelledby', 'cite-title');
  return showModal(dialog, opener, close, dialog.querySelector<HTMLButtonElement>('.cite-copy')!);
}
