import { fill } from '../shared/fill';

/** The plan-picker's phone layout: one plan at a time, chosen with the switcher. */
const PHONE = '(max-width: 40rem)';

/**
 * Shows only the chosen plans in a side-by-side view and keeps the choice in the URL
 * (`?plan=dehua&plan=deyang`), so a shared link opens the same comparison. On a wide screen the
 * ticked plans show; on a phone one plan at a time, from the switcher. Without script, all plans show.
 */
export function planPicker(form: HTMLFormElement): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const select = form.querySelector<HTMLSelectElement>('select');
  const items = [...document.querySelectorAll<HTMLElement>('.plan-column[data-plan], .plan-item[data-plan]')];
  const status = form.querySelector<HTMLElement>('.picker-status');
  const phone = matchMedia(PHONE);
  const single = () => phone.matches && !!select;
  const all = boxes.map((b) => b.value);
  const apply = () => {
    const chosen = single() ? new Set([select!.value]) : new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    for (const c of items) c.hidden = !chosen.has(c.dataset.plan!);
    if (status) status.textContent = fill(form.dataset.status ?? '{n}/{total}', { n: chosen.size, total: all.length }, document.documentElement.lang || 'en');
    const url = new URL(location.href);
    url.searchParams.delete('plan');
    if (chosen.size < all.length) for (const p of all) if (chosen.has(p)) url.searchParams.append('plan', p);
    history.replaceState(history.state, '', url);
  };
  const wanted = new URLSearchParams(location.search).getAll('plan').filter((p) => all.includes(p));
  if (wanted.length) for (const b of boxes) b.checked = wanted.includes(b.value);
  if (select) {
    select.value = wanted[0] ?? all[0]!;
    select.addEventListener('change', () => {
      for (const b of boxes) b.checked = b.value === select.value;
      apply();
    });
  }
  form.dataset.ready = '';
  form.addEventListener('change', (e) => {
    if (e.target !== select) apply();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  phone.addEventListener('change', apply);
  if (wanted.length || single()) apply();
}
