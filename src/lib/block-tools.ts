import { fill } from '../shared/fill';
import { basketStore } from './basket-store';
import { loadCiteData, openCiteDialog, type CiteUi } from './cite-dialog';
import { printSection } from './print-section';

/** UI strings for the block tools (src/i18n/*.json, keys tools.* and cite.*), passed as JSON on the plan text. */
export type ToolsUi = CiteUi & Record<'cite' | 'collectBlock' | 'print', string>;

/**
 * Beside every block's permalink: "cite" (the cite dialog), "collect" (add to the passage basket) and,
 * on headings, "print this section". Added by script so the page does not carry ~300 identical buttons.
 */
export function addBlockTools(body: HTMLElement, lang: 'zh' | 'en', plan: string, ui: ToolsUi): void {
  const basket = basketStore();
  // Printed headings show their permalink; the page's own address is only known here.
  document.documentElement.style.setProperty('--plan-url', JSON.stringify(location.origin + location.pathname));
  const status = document.getElementById('copy-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  for (const anchor of body.querySelectorAll<HTMLAnchorElement>('a.anchor')) {
    const eid = anchor.getAttribute('href')!.slice(1);
    const tools = document.createElement('span');
    tools.className = 'block-tools';
    tools.dataset.ui = '';
    // The glyphs are drawn by CSS, so the block's text (copied, searched, compared) stays the plan's own.
    const button = (cls: string, label: string) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: cls });
      b.setAttribute('aria-label', label.replace('{eid}', eid));
      b.dataset.eid = eid;
      tools.append(b);
    };
    button('cite-button', ui.cite);
    button('collect-button', ui.collectBlock);
    if (/^H[2-4]$/.test(anchor.previousElementSibling?.tagName ?? '') || /^H[2-4]$/.test(anchor.parentElement?.tagName ?? '')) button('print-button', ui.print);
    anchor.after(tools);
  }
  const collect = (eid: string) => {
    basket.add({ lang, plan, eid });
    return fill(ui.collected, { n: basket.list().length }, document.documentElement.lang || 'en');
  };
  body.addEventListener('click', async (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('.block-tools button');
    if (!b) return;
    const eid = b.dataset.eid!;
    if (b.classList.contains('collect-button')) say(collect(eid));
    else if (b.classList.contains('print-button')) printSection(body, eid);
    else {
      try {
        openCiteDialog(b, await loadCiteData(lang, plan), eid, ui, () => collect(eid));
      } catch {
        say(ui.failed);
      }
    }
  });
}
