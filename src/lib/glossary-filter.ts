import { fill } from '../shared/fill';
/** Filters the glossary list as the reader types or picks a category; the state is kept in the URL. */
export function filterGlossary(form: HTMLFormElement): void {
  const q = form.elements.namedItem('q') as HTMLInputElement;
  const category = form.elements.namedItem('category') as HTMLSelectElement;
  const count = form.querySelector<HTMLElement>('.glossary-count')!;
  const items = [...document.querySelectorAll<HTMLLIElement>('.terms > li')];
  const params = new URLSearchParams(location.search);
  q.value = params.get('q') ?? '';
  category.value = params.get('category') ?? '';
  const apply = () => {
    const needle = q.value.trim().toLowerCase();
    let shown = 0;
    for (const li of items) {
      const match = (!needle || li.dataset.text!.includes(needle)) && (!category.value || li.dataset.category === category.value);
      li.hidden = !match;
      if (match) shown++;
    }
    count.textContent = fill(count.dataset.template!, { n: shown, total: items.length }, document.documentElement.lang || 'en');
    const url = new URL(location.href);
    for (const [k, v] of [['q', q.value.trim()], ['category', category.value]] as const) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}
