/**
 * Prints one section: every block outside it is hidden for the print (the section is the heading's
 * eId and everything whose eId extends it), then the page is restored.
 */
export function printSection(body: HTMLElement, eid: string): void {
  const inside = (id: string) => id === eid || id.startsWith(`${eid}__`);
  for (const child of body.querySelectorAll<HTMLElement>(':scope > *, :scope > * > *')) {
    const ids = [child.id, ...[...child.querySelectorAll('[id]')].map((e) => e.id)].filter(Boolean);
    if (ids.length && !ids.some(inside)) child.classList.add('print-skip');
  }
  document.documentElement.classList.add('printing-section');
  const restore = () => {
    document.documentElement.classList.remove('printing-section');
    for (const e of body.querySelectorAll('.print-skip')) e.classList.remove('print-skip');
  };
  addEventListener('afterprint', restore, { once: true });
  print();
}
