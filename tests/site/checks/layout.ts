// Layout and wording checks on a loaded page, each `(page) => Promise<string[]>` returning the
// problems found (none: an empty list), so one browser pass can run them all on every page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { EID_IN_TEXT } from '../../../src/shared/eid.ts';

/** The page does not scroll sideways: nothing is wider than the viewport (run it at 390 px for a phone). */
export async function noSidewaysScroll(page: Page): Promise<string[]> {
  const r = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth <= width) return null;
    // Name the widest elements that stick out, to say what to fix; an element inside a box that
    // scrolls or clips (a code sample's wrapper) does not widen the page, so it is not to blame.
    const inBox = (e: Element) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const out = [...document.body.querySelectorAll('*')]
      .map((e) => ({ e, right: e.getBoundingClientRect().right }))
      .filter((x) => x.right > width + 0.5 && !inBox(x.e))
      .sort((a, b) => b.right - a.right)
      .slice(0, 3)
      .map(({ e, right }) => `<${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}> ends at ${Math.round(right)} px`);
    return { scroll: root.scrollWidth, width, out };
  });
  return r ? [`the page is ${r.scroll} px wide in a ${r.width} px viewport: ${r.out.join('; ')}`] : [];
}

/** The text a reader sees: text nodes that are rendered (not hidden, not in a closed <details>), without code samples, where IDs are the point. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walker.nextNode()) {
      const el = walker.currentNode.parentElement;
      if (!el || el.closest('code, pre, kbd, samp, script, style, template')) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      parts.push(walker.currentNode.nodeValue ?? '');
    }
    return parts.join('').replace(/\s+/g, ' ');
  });

/** No raw block ID (chp_2__sec_3__subsec_4) in the text a reader sees. */
export async function noRawBlockIds(page: Page): Promise<string[]> {
  const text = await visibleText(page);
  const found = [...new Set(text.match(EID_IN_TEXT) ?? [])];
  return found.length ? [`raw block IDs in visible text: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ` … ${found.length - 5} more` : ''}`] : [];
}

// The nouns this site counts, in their plural form: the units' plurals (content/glossary/units.yaml)
// and the words of the interface. Only these are checked, so "Item 1 sets the target" is not a plural.
const UNIT_PLURALS = (load(readFileSync(join(import.meta.dirname, '../../../content/glossary/units.yaml'), 'utf8')) as { one: string; other: string }[])
  .filter((u) => u.one !== u.other)
  .map((u) => u.other);
const COUNTED = ['passages', 'plans', 'targets', 'terms', 'tasks', 'figures', 'commitments', 'characters', 'indicators', 'themes', 'blocks', 'results', 'pages', 'enterprises', 'pieces', ...UNIT_PLURALS];
const WRONG_PLURAL = new RegExp(`(?<![\\d.,])1 (?:${COUNTED.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');

/** No count of one with a plural noun in the English edition ("1 units", "1 passages in 1 plans"). */
export async function noWrongPlurals(page: Page): Promise<string[]> {
  if ((await page.getAttribute('html', 'lang')) !== 'en') return [];
  const text = await visibleText(page);
  const found = [...new Set(text.match(WRONG_PLURAL) ?? [])];
  return found.length ? [`wrong plural: ${found.slice(0, 5).map((f) => `"${f}"`).join(', ')}`] : [];
}

/** Chart labels are at least 12 px as drawn: an SVG's font size scaled by how wide it is drawn against its viewBox. */
export async function chartLabelsReadable(page: Page): Promise<string[]> {
  const small = await page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure svg[viewBox]')) {
      if (!svg.checkVisibility()) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const text of svg.querySelectorAll('text')) {
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < 11.95) out.push(`${svg.closest('figure')?.id || 'chart'}: "${text.textContent?.slice(0, 30)}" is ${px.toFixed(1)} px`);
      }
    }
    return out;
  });
  return small.length ? [`chart labels under 12 px: ${small.slice(0, 3).join('; ')}${small.length > 3 ? ` … ${small.length - 3} more` : ''}`] : [];
}

/** Every check of this module, by name. */
export const layoutChecks = { noSidewaysScroll, noRawBlockIds, noWrongPlurals, chartLabelsReadable } as const;
