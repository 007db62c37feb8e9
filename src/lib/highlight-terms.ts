import { parseQuery } from './search/query';
import { matcherFor } from './search/excerpt';

/**
 * Arriving from a search result (`?hl=…#block`), marks the searched terms inside that block,
 * so the reader sees at once why the block was found. Text nodes are split; nothing else changes.
 */
export function highlightArrival(): void {
  const q = new URLSearchParams(location.search).get('hl');
  const block = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!q || !block) return;
  const match = matcherFor(parseQuery(q));
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[data-ui], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const ranges = match(node.data);
    for (const [s, e] of ranges.reverse()) {
      const hit = node.splitText(s);
      hit.splitText(e - s);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}
