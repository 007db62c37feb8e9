// Blocks that carry a permanent ID: the same ID names the same block in every edition and view.
const BLOCKS = ':is(h2, h3, h4, p, table, tr, .pair)[id]';
// A block still counts as being read until its bottom passes this line below the top of the window.
const READING_LINE = 80;

/** The ID of the block the reader is at: the link target while it is on screen, else the first block not yet read past. */
export function currentBlockId(root: ParentNode = document): string | undefined {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) {
    const r = target.getBoundingClientRect();
    if (r.bottom > 0 && r.top < innerHeight) return target.id;
  }
  if (scrollY === 0) return undefined;
  for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (el.getBoundingClientRect().bottom > READING_LINE) return el.id;
  }
  return undefined;
}

/** Makes the language switch (and the view links) open the other page at the block being read. */
export function keepPlaceOnSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
    const update = () => {
      const id = currentBlockId();
      link.hash = id ? `#${id}` : '';
    };
    link.addEventListener('pointerdown', update);
    link.addEventListener('click', update);
    link.addEventListener('focus', update);
  }
}
