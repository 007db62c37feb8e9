/** Display modes of the parallel view: side by side, interleaved, Chinese only, English only. */
export const MODES = ['side', 'interleaved', 'zh', 'en'] as const;
export type Mode = (typeof MODES)[number];

const isMode = (m: string | null): m is Mode => (MODES as readonly string[]).includes(m ?? '');

/** Applies the mode named in the URL, and switches modes in place, keeping it in the URL. */
export function parallelModes(view: HTMLElement): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.modes a[data-mode]')];
  const apply = (mode: Mode) => {
    view.dataset.mode = mode;
    for (const a of links) {
      if (a.dataset.mode === mode) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const requested = new URLSearchParams(location.search).get('mode');
  apply(isMode(requested) ? requested : 'side');
  for (const a of links) {
    a.addEventListener('click', (e) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      const mode = a.dataset.mode as Mode;
      const url = new URL(location.href);
      url.searchParams.set('mode', mode);
      // Keep the block being read at the top after the layout changes.
      const keep = a.hash ? document.getElementById(decodeURIComponent(a.hash.slice(1))) : null;
      history.replaceState(null, '', url);
      apply(mode);
      keep?.scrollIntoView({ block: 'start' });
    });
  }
}
