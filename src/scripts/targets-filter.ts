import { fill } from '../shared/fill';

/**
 * Filters the goals page's targets table by field and indicator and keeps the choice in the URL
 * (`?field=creation&indicator=registered-trademarks`), so a shared link opens the same rows.
 * Choosing a field narrows the indicators offered to that field's. Without script, every row shows.
 */
export function targetsFilter(form: HTMLFormElement): void {
  const field = form.querySelector<HTMLSelectElement>('select[name="field"]')!;
  const indicator = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!;
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.targets-table tbody tr[data-key]')];
  const status = form.querySelector<HTMLElement>('.filter-status');
  const apply = () => {
    for (const o of indicator.options) if (o.value) o.hidden = !!field.value && o.dataset.field !== field.value;
    if (indicator.selectedOptions[0]?.hidden) indicator.value = '';
    let shown = 0;
    for (const r of rows) {
      r.hidden = (!!field.value && r.dataset.field !== field.value) || (!!indicator.value && r.dataset.key !== indicator.value);
      if (!r.hidden) shown++;
    }
    if (status) status.textContent = fill(form.dataset.status ?? '{n}/{total}', { n: shown, total: rows.length }, document.documentElement.lang || 'en');
    const url = new URL(location.href);
    for (const [k, v] of [['field', field.value], ['indicator', indicator.value]] as const) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(history.state, '', url);
  };
  const params = new URLSearchParams(location.search);
  const has = (s: HTMLSelectElement, v: string | null) => !!v && [...s.options].some((o) => o.value === v);
  if (has(field, params.get('field'))) field.value = params.get('field')!;
  if (has(indicator, params.get('indicator'))) indicator.value = params.get('indicator')!;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  if (field.value || indicator.value) apply();
}
