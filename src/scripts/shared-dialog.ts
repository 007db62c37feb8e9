// The side-by-side view of shared wording: this passage and each passage of another plan that
// shares a run with it, the runs marked at the same characters in both, the English of both, and
// links to each. Loaded (code and data) only when a reader opens a marker.
import { fill } from '../shared/fill';
import { markSpans, viewText, type SharedView } from '../shared/shared-wording';
import type { SharedUi } from './shared-markers';
import { showModal } from './modal';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const cache = new Map<string, Promise<SharedView>>();

/** A plan's shared-wording view data, fetched once per page (/data/shared/<slug>.json). */
export function loadSharedView(plan: string): Promise<SharedView> {
  if (!cache.has(plan)) {
    const p = fetch(`${base}data/shared/${plan}.json`).then((r) => {
      if (!r.ok) throw new Error(`shared wording for ${plan}: HTTP ${r.status}`);
      return r.json() as Promise<SharedView>;
    });
    p.catch(() => cache.delete(plan));
    cache.set(plan, p);
  }
  return cache.get(plan)!;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/** The Chinese of a passage with the given spans marked; each mark names its run, so a run is the same number on both sides. */
function marked(text: string, spans: [number, number][]): HTMLElement {
  const p = el('p', { className: 'shared-zh', lang: 'zh-Hans' });
  for (const piece of markSpans(text, spans)) {
    if (piece.run === null) p.append(piece.text);
    else {
      const m = el('mark', {}, piece.text);
      m.dataset.run = String(piece.run);
      p.append(m);
    }
  }
  return p;
}

/** Opens the view for block `eid` as a modal dialog; focus returns to the marker when it closes. */
export function openSharedDialog(opener: HTMLElement, view: SharedView, eid: string, lang: 'zh' | 'en', ui: SharedUi): HTMLDialogElement {
  const entry = view.blocks[eid]!;
  const own = viewText(view, view.plan, eid);
  const link = (plan: string, id: string) => `${base}${lang}/plans/${plan}/#${id}`;
  const passage = (plan: string, id: string, spans: [number, number][], heading: string) => {
    const t = viewText(view, plan, id);
    return el(
      'div',
      { className: 'shared-side' },
      el('h4', {}, el('a', { href: link(plan, id) }, heading)),
      marked(t.zh, spans),
      el('p', { className: 'shared-en', lang: 'en' }, t.en),
    );
  };
  const pairs = entry.partners.map((p) => {
    const other = view.plans[p.plan]?.[lang] ?? p.plan;
    const otherLabel = viewText(view, p.plan, p.eid).label[lang];
    return el(
      'section',
      { className: 'shared-pair' },
      el('h3', {}, `${other} · ${otherLabel} · ${fill(ui.chars, { n: p.shared }, document.documentElement.lang || 'en')}`),
      el(
        'div',
        { className: 'shared-sides' },
        passage(view.plan, eid, p.runs.map((r) => [r[0], r[1]]), `${ui.this}: ${view.plans[view.plan]?.[lang] ?? view.plan} · ${own.label[lang]}`),
        passage(p.plan, p.eid, p.runs.map((r) => [r[2], r[3]]), `${other} · ${otherLabel}`),
      ),
    );
  });
  const close = el('button', { type: 'button', className: 'shared-close' }, ui.close);
  const heading = el('h2', { id: 'shared-title' }, ui.title.replace('{label}', own.label[lang]));
  const dialog = el('dialog', { className: 'shared-dialog' }, el('div', { className: 'cite-head' }, heading, close), ...pairs);
  // Only the closest passages are listed; say so, with the true counts, whenever some are left out.
  if (entry.passageCount > entry.partners.length) dialog.append(el('p', { className: 'shared-more' }, fill(ui.more, { n: entry.planCount, m: entry.passageCount, k: entry.partners.length }, document.documentElement.lang || 'en')));
  dialog.setAttribute('aria-labelledby', 'shared-title');
  return showModal(dialog, opener, close, close);
}
