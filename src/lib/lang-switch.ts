import { onScrollFrame } from './on-scroll';

// Blocks that carry a permanent ID: the same ID names the same block in every edition and view.
const BLOCKS = ':is(h2, h3, h4, p, table, tr, .pair)[id]';
// The reading line, as in toc-follow.ts: the block being read is the last one whose top has passed it.
const READING_LINE = 120;

/** The block at the reading line, if the reader is inside the text. */
function blockAtReadingLine(root: ParentNode, selector = BLOCKS): HTMLElement | undefined {
  let current: HTMLElement | undefined;
  for (const el of root.querySelectorAll<HTMLElement>(selector)) {
    if (el.getBoundingClientRect().top <= READING_LINE) current = el;
    else break;
  }
  return current;
}

/**
 * Makes the language switch and the view links open the other page at the block being read.
 * The place is remembered while the reader scrolls, because reaching the header scrolls the text away.
 */
export function keepPlaceOnSwitch(body: HTMLElement | null = document.querySelector('.plan-body')): void {
  if (!body) return;
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  let place: string | undefined = target && body.contains(target) ? target.id : undefined;
  onScrollFrame(() => {
    // Above the text (the header, the facts) the last place read still counts.
    if (body.getBoundingClientRect().top < READING_LINE) place = blockAtReadingLine(body)?.id ?? place;
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
    const update = () => {
      link.hash = place ? `#${place}` : '';
    };
    for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
  }
}

/**
 * The same for pages without a plan text (the comparison pages): the language switch opens the
 * other edition at the section being read. Their IDs come from data (plans, fields, categories),
 * so the same ID names the same section in both languages.
 */
export function keepSectionOnSwitch(main: HTMLElement | null = document.querySelector('main')): void {
  if (!main || document.querySelector('.plan-body')) return;
  const SECTIONS = ':is(section, h2, h3, h4, article, li, tr, div)[id]';
  let place: string | undefined = location.hash ? decodeURIComponent(location.hash.slice(1)) : undefined;
  onScrollFrame(() => {
    // Above the first section (the header, reached to switch) the last place read still counts.
    place = blockAtReadingLine(main, SECTIONS)?.id ?? place;
  });
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-place]')) {
    const update = () => {
      link.hash = place ? `#${place}` : '';
    };
    for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
  }
}
