/** Marks the outline entry of the section being read (aria-current="location"). */
export function followReader(): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')) {
    links.set(decodeURIComponent(a.hash.slice(1)), a);
  }
  const targets = [...links.keys()].map((id) => document.getElementById(id)).filter((e): e is HTMLElement => !!e);
  let current: HTMLAnchorElement | undefined;
  const mark = () => {
    let active: HTMLElement | undefined;
    for (const el of targets) {
      if (el.getBoundingClientRect().top < 120) active = el;
      else break;
    }
    const link = active ? links.get(active.id) : undefined;
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'location');
    current = link;
  };
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
