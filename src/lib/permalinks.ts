import { blockLabel } from '../shared/labels';

/**
 * Gives every addressable block of the plan text its permalink: a `#` link, named by the block's
 * citation label, which also copies the block's URL. The IDs themselves are in the HTML; only the
 * affordance is added here, to keep ~100 identical links per page out of the transfer.
 */
export function addPermalinks(body: HTMLElement, lang: 'zh' | 'en'): void {
  const label = body.dataset.anchorLabel ?? '{label}';
  const annexes = Number(body.dataset.annexes ?? 0);
  const status = document.getElementById('copy-status');
  for (const el of body.querySelectorAll<HTMLElement>(':is(h2, h3, h4, p, table, .pair)[id]')) {
    const a = document.createElement('a');
    a.className = 'anchor';
    a.href = `#${el.id}`;
    a.dataset.ui = '';
    a.setAttribute('aria-label', label.replace('{label}', blockLabel(el.id, { annexes })[lang]));
    // A table cannot hold a link directly: its caption can; otherwise it goes just before the table.
    if (el.parentElement?.classList.contains('hw')) el.after(a);
    else if (!(el instanceof HTMLTableElement)) el.append(a);
    else if (el.caption) el.caption.append(a);
    else {
      a.classList.add('table-anchor');
      el.closest('.table-scroll')!.before(a);
    }
  }
  body.addEventListener('click', (e) => {
    const a = (e.target as Element).closest('a.anchor') as HTMLAnchorElement | null;
    if (!a || !navigator.clipboard) return;
    navigator.clipboard.writeText(a.href).then(
      () => {
        if (status) status.textContent = `${status.dataset.copied} ${a.href}`;
      },
      () => {},
    );
  });
}
