import { onScrollFrame } from './on-scroll';

const WIDE = '(min-width: 64rem)';

/**
 * Keeps the outline with the reader: marks the entry of the section being read
 * (aria-current="location"), keeps it in view inside the outline, names it in the phone bar,
 * and opens the outline as a sidebar on wide screens (it starts closed, for phones).
 */
export function followReader(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  const details = toc?.querySelector('details');
  if (!toc || !details) return;
  const wide = matchMedia(WIDE);
  details.open = wide.matches;
  wide.addEventListener('change', () => (details.open = wide.matches));
  // On a phone, following a link from the open outline closes it again.
  details.addEventListener('click', (e) => {
    if (!wide.matches && (e.target as Element).closest('a')) details.open = false;
  });

  const current = toc.querySelector<HTMLElement>('.toc-current');
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e);
  let marked: HTMLAnchorElement | undefined;

  const mark = () => {
    let active: HTMLElement | undefined;
    for (const el of targets) {
      if (el.getBoundingClientRect().top < 120) active = el;
      else break;
    }
    const link = active ? links.get(active.id) : undefined;
    if (link === marked) return;
    marked?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    marked = link;
    if (current) current.textContent = link ? ` · ${link.textContent}` : '';
    // Scroll the outline itself (never the page) so the marked entry stays visible.
    if (link && details.open && toc.scrollHeight > toc.clientHeight) {
      const box = toc.getBoundingClientRect();
      const at = link.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) toc.scrollTop += at.top - box.top - toc.clientHeight / 3;
    }
  };
  onScrollFrame(mark);
  mark();
}
