// The quiet "shared with N plans" marker beside a block that shares wording with other plans. The
// page carries only which blocks and how many plans; the view and its data load when first opened.
import { fill } from '../shared/fill';

/** UI strings of the shared-wording view (src/i18n/*.json, keys shared.*), passed as JSON on the plan text. */
export type SharedUi = Record<'marker' | 'markerOne' | 'title' | 'close' | 'this' | 'chars' | 'more' | 'failed', string>;

/** Adds a marker after the block tools of every block listed in `shared` ("eid:n eid:n"). */
export function addSharedMarkers(body: HTMLElement, lang: 'zh' | 'en', plan: string, shared: string, ui: SharedUi): void {
  const counts = new Map(shared.split(' ').filter(Boolean).map((x) => x.split(':') as [string, string]));
  if (!counts.size) return;
  for (const anchor of body.querySelectorAll<HTMLAnchorElement>('a.anchor')) {
    const eid = anchor.getAttribute('href')!.slice(1);
    const n = Number(counts.get(eid) ?? 0);
    if (!n) continue;
    const marker = Object.assign(document.createElement('button'), { type: 'button', className: 'shared-marker', textContent: n === 1 ? ui.markerOne : fill(ui.marker, { n }, lang) });
    marker.dataset.eid = eid;
    marker.dataset.ui = '';
    marker.setAttribute('aria-haspopup', 'dialog');
    // After the block's tools (the anchor sits inside their group), never inside it: the group's own
    // click handler treats its buttons as tools.
    const tools = anchor.closest('.block-tools') ?? (anchor.nextElementSibling?.classList.contains('block-tools') ? anchor.nextElementSibling : anchor);
    tools.after(marker);
  }
  const status = document.getElementById('copy-status');
  body.addEventListener('click', async (e) => {
    const marker = (e.target as Element).closest<HTMLButtonElement>('button.shared-marker');
    if (!marker) return;
    try {
      const { loadSharedView, openSharedDialog } = await import('./shared-dialog');
      openSharedDialog(marker, await loadSharedView(plan), marker.dataset.eid!, lang, ui);
    } catch {
      if (status) status.textContent = ui.failed;
    }
  });
}
