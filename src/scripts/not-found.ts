/** On the 404 page of an English address (/en/…), English comes first: heading level, order and page language. */
export function englishFirst(root: HTMLElement, base: string): void {
  const path = location.pathname.slice(base.replace(/\/?$/, '/').length - 1);
  if (!/^\/en(\/|$)/.test(path)) return;
  const zh = root.querySelector<HTMLElement>('[data-lang="zh"]')!;
  const en = root.querySelector<HTMLElement>('[data-lang="en"]')!;
  const swap = (from: HTMLElement, tag: 'h1' | 'h2') => {
    const h = from.querySelector('h1, h2')!;
    const next = Object.assign(document.createElement(tag), { textContent: h.textContent });
    h.replaceWith(next);
  };
  swap(en, 'h1');
  swap(zh, 'h2');
  root.prepend(en);
  document.documentElement.lang = 'en';
  zh.lang = 'zh-Hans';
  const [a, b, ...rest] = document.title.split(' · ');
  document.title = [b, a, ...rest].join(' · ');
}
