/** `/` or Ctrl/Cmd-K from anywhere on a page puts the cursor in the search box (the page's own, else the header's). */
export function searchShortcut(): void {
  addEventListener('keydown', (e) => {
    const typing = (e.target as Element).closest?.('input, textarea, select, [contenteditable="true"]');
    const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
    const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
    if (!slash && !k) return;
    const box = document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-q');
    if (!box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
}
