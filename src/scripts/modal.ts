// The site's modal dialogs (cite, shared wording) behave alike: the page behind is inert, Tab and
// Shift-Tab wrap inside the dialog, Esc or the close button closes it, and focus returns to the
// button that opened it.

/** Shows `dialog` as a modal, wired as above, and focuses `focus` inside it. */
export function showModal(dialog: HTMLDialogElement, opener: HTMLElement, close: HTMLElement, focus: HTMLElement): HTMLDialogElement {
  close.addEventListener('click', () => dialog.close());
  // Tab and Shift-Tab wrap inside the dialog, so keyboard focus never reaches the inert page or the browser's UI.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')];
    const [first, last] = [items[0]!, items.at(-1)!];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  focus.focus();
  return dialog;
}
