/**
 * Shows only the plans ticked in a theme page's picker and keeps the choice in the URL
 * (`?plan=dehua&plan=deyang`), so a shared link opens the same comparison. Without script, all plans show.
 */
export function planPicker(form: HTMLFormElement): void {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const columns = [...document.querySelectorAll<HTMLElement>('.plan-column[data-plan]')];
  const status = form.querySelector<HTMLElement>('.picker-status');
  const apply = () => {
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    for (const c of columns) c.hidden = !chosen.has(c.dataset.plan!);
    if (status) status.textContent = (form.dataset.status ?? '{n}/{total}').replace('{n}', String(chosen.size)).replace('{total}', String(boxes.length));
    const url = new URL(location.href);
    url.searchParams.delete('plan');
    if (chosen.size < boxes.length) for (const b of boxes) if (b.checked) url.searchParams.append('plan', b.value);
    history.replaceState(history.state, '', url);
  };
  const wanted = new URLSearchParams(location.search).getAll('plan');
  if (wanted.length) for (const b of boxes) b.checked = wanted.includes(b.value);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  if (wanted.length) apply();
}
