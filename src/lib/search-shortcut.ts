/** `/` or Ctrl/Cmd-K from anywhere on a page puts the cursor in the search box (the page's own, else the header's). */
export function searchShortcut(): void {
  // The hint "press /" is for readers with a keyboard: a fine pointer that hovers, or a first key pressed.
  const hint = () => {
    for (const box of document.querySelectorAll<HTMLInputElement>('input[data-keys-placeholder]')) box.placeholder = box.dataset.keysPlaceholder!;
  };
  if (matchMedia('(hover: hover) and (pointer: fine)').matches) hint();
  else addEventListener('keydown', hint, { once: true });
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
