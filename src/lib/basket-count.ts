import { fill } from '../shared/fill';
import { BASKET_EVENT, basketStore } from './basket-store';

/** The header's Basket link shows how many passages are collected, and follows every change (this tab and others). */
export function showBasketCount(): void {
  const badge = document.querySelector<HTMLElement>('.basket-badge');
  if (!badge) return;
  const store = basketStore();
  const show = () => {
    const n = store.list().length;
    badge.hidden = n === 0;
    const label = fill(badge.dataset.countLabel ?? '{n}', { n }, document.documentElement.lang || 'en');
    badge.replaceChildren(Object.assign(document.createElement('span'), { textContent: String(n), ariaHidden: 'true' }), Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` (${label})` }));
    badge.dataset.count = String(n);
  };
  show();
  addEventListener(BASKET_EVENT, show);
  addEventListener('storage', show);
}
