import { STYLES, loadCiteData } from './cite-dialog';
import { citeIn, today } from './cite-source';
import { copyText } from './clipboard';

/**
 * When the reader selects text inside one block, a small "copy with citation" button appears by the
 * selection. Normal copying is untouched; the button copies the quotation followed by its citation
 * (GB/T 7714 in Chinese, Chicago in English).
 */
export function offerQuoteCopy(body: HTMLElement, lang: 'zh' | 'en', plan: string, label: string, done: string): void {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'quote-copy', textContent: label, hidden: true });
  document.body.append(button);
  let quote: { text: string; eid: string } | null = null;
  const blockOf = (n: Node | null) => (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('[id]');
  const update = () => {
    const sel = getSelection();
    const text = sel?.toString().trim() ?? '';
    const block = sel && sel.rangeCount ? blockOf(sel.anchorNode) : null;
    if (!text || !block || !body.contains(block) || blockOf(sel!.focusNode) !== block) {
      button.hidden = true;
      quote = null;
      return;
    }
    quote = { text, eid: block.id };
    const rect = sel!.getRangeAt(0).getBoundingClientRect();
    // Positioned through the CSSOM, which the page's CSP allows (style attributes in markup it does not).
    button.style.top = `${rect.bottom + scrollY + 6}px`;
    button.style.left = `${Math.max(8, Math.min(rect.right + scrollX - 40, innerWidth - 200))}px`;
    button.hidden = false;
  };
  let timer = 0;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = window.setTimeout(update, 200);
  });
  button.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection while clicking
  button.addEventListener('click', async () => {
    if (!quote) return;
    const citation = citeIn(lang === 'zh' ? 'gbt' : 'chicago', await loadCiteData(lang, plan), quote.eid, today(), STYLES);
    if (await copyText(`“${quote.text}”\n${citation}`)) {
      const status = document.getElementById('copy-status');
      if (status) status.textContent = done;
    }
    button.hidden = true;
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') button.hidden = true;
  });
}
