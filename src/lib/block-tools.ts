import { fill } from '../shared/fill';
import { basketStore } from './basket-store';
import { loadCiteData, openCiteDialog, type CiteUi } from './cite-dialog';
import { printSection } from './print-section';
import { blockLabel } from '../shared/labels';

/** UI strings for the block tools (src/i18n/*.json, keys tools.* and cite.*), passed as JSON on the plan text. */
export type ToolsUi = CiteUi & Record<'cite' | 'collectBlock' | 'collectRow' | 'print' | 'added', string>;

// Icons drawn as inline SVG, so they show in every font (a glyph such as ⎙ is in none a reader is sure to have).
const ICONS: Record<'cite' | 'collect' | 'print', string> = {
  cite: 'M5 7h5v5c0 3-2 5-4.5 5.5l-.5-1.5c1.5-.5 2.5-1.8 2.5-3.5H5zm9 0h5v5c0 3-2 5-4.5 5.5l-.5-1.5c1.5-.5 2.5-1.8 2.5-3.5H14z',
  collect: 'M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z',
  print: 'M7 3h10v5H7zM4 9h16a1 1 0 0 1 1 1v6h-4v4H7v-4H3v-6a1 1 0 0 1 1-1zm5 6v3h6v-3zm8-4v2h2v-2z',
};

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/**
 * Every block's tools, in one group with its permalink: "cite" (the cite dialog), "collect" (add to
 * the passage basket) and, on headings, "print this section"; table rows get cite and collect. The
 * group sits in the text flow at the end of its block, so the tools of neighbouring blocks can never
 * overlap; each is named by the block's citation label. Added by script so the page does not carry
 * ~300 identical buttons.
 */
export function addBlockTools(body: HTMLElement, lang: 'zh' | 'en', plan: string, ui: ToolsUi): void {
  const basket = basketStore();
  const annexes = Number(body.dataset.annexes ?? 0);
  const labelOf = (eid: string) => blockLabel(eid, { annexes })[lang];
  // Printed headings show their permalink; the page's own address is only known here.
  document.documentElement.style.setProperty('--plan-url', JSON.stringify(location.origin + location.pathname));
  const status = document.getElementById('copy-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const group = (eid: string, tools: ('cite' | 'collect' | 'print')[], row = false) => {
    const g = document.createElement('span');
    g.className = row ? 'block-tools row-tools' : 'block-tools';
    g.dataset.ui = '';
    const label = labelOf(eid);
    const names = { cite: ui.cite, collect: row ? ui.collectRow : ui.collectBlock, print: ui.print };
    for (const tool of tools) {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: `${tool}-button` });
      b.setAttribute('aria-label', names[tool].replace('{label}', label));
      b.dataset.eid = eid;
      b.append(icon(tool));
      g.append(b);
    }
    return g;
  };
  for (const anchor of body.querySelectorAll<HTMLAnchorElement>('a.anchor')) {
    const eid = anchor.getAttribute('href')!.slice(1);
    const heading = /^H[2-4]$/.test(anchor.previousElementSibling?.tagName ?? '');
    const tools = group(eid, heading ? ['cite', 'collect', 'print'] : ['cite', 'collect']);
    if (anchor.classList.contains('table-anchor')) tools.classList.add('table-tools');
    anchor.replaceWith(tools);
    tools.prepend(anchor);
  }
  // A table row is a passage of its own (an indicator, a task): its tools go in its last cell.
  for (const row of body.querySelectorAll<HTMLTableRowElement>('tr[id]')) {
    if (/__hrow_\d+$/.test(row.id)) continue;
    row.lastElementChild?.append(group(row.id, ['cite', 'collect'], true));
  }
  const collect = (eid: string, button?: HTMLElement) => {
    basket.add({ lang, plan, eid });
    // A visible sign beside the button, as well as the announcement.
    if (button) {
      button.classList.add('collected');
      button.closest('.block-tools')?.setAttribute('data-added', ui.added);
      setTimeout(() => button.closest('.block-tools')?.removeAttribute('data-added'), 2500);
    }
    return fill(ui.collected, { n: basket.list().length }, document.documentElement.lang || 'en');
  };
  body.addEventListener('click', async (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('.block-tools :is(.cite-button, .collect-button, .print-button)');
    if (!b) return;
    const eid = b.dataset.eid!;
    if (b.classList.contains('collect-button')) say(collect(eid, b));
    else if (b.classList.contains('print-button')) printSection(body, eid);
    else {
      try {
        openCiteDialog(b, await loadCiteData(lang, plan), eid, ui, () => collect(eid, b.parentElement?.querySelector('.collect-button') ?? undefined));
      } catch {
        say(ui.failed);
      }
    }
  });
}
