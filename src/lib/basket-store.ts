/** One collected passage: a block of a plan, in the language it was read in. */
export interface BasketItem { lang: 'zh' | 'en'; plan: string; eid: string }

const KEY = 'ip-plan-atlas:basket';
/** Dispatched on the window whenever this page changes the basket (the header's count listens). */
export const BASKET_EVENT = 'atlas:basket';
const same = (a: BasketItem, b: BasketItem) => a.lang === b.lang && a.plan === b.plan && a.eid === b.eid;
const valid = (x: unknown): x is BasketItem => {
  const i = x as Partial<BasketItem> | null;
  // RegExp.test would read a missing field as the string "undefined", so types are checked first.
  return !!i && typeof i.plan === 'string' && typeof i.eid === 'string' && (i.lang === 'zh' || i.lang === 'en') && /^[a-z0-9-]+$/.test(i.plan) && /^[\w-]+$/.test(i.eid);
};

/** Items as a URL parameter value (`zh:deyang:chp_2__sec_2__subsec_7,en:…`), for sharing a set. */
export const encodeItems = (items: BasketItem[]) => items.map((i) => `${i.lang}:${i.plan}:${i.eid}`).join(',');

/** Items from a shared URL parameter; malformed entries are dropped. */
export const decodeItems = (value: string | null): BasketItem[] =>
  (value ?? '').split(',').map((s) => s.split(':')).map(([lang, plan, eid]) => ({ lang, plan, eid }) as BasketItem).filter(valid);

/**
 * The passage basket, kept in localStorage so it survives reloads and spans plans and languages.
 * Where storage is refused (private modes, blocked cookies) it lives in memory for the page and says so.
 */
export function basketStore(given?: Storage | null) {
  let available = false;
  let storage: Storage | null = null;
  try {
    // Merely reading window.localStorage throws where storage is blocked.
    storage = given === undefined ? globalThis.localStorage : given;
    storage?.setItem(`${KEY}:probe`, '1');
    storage?.removeItem(`${KEY}:probe`);
    available = !!storage;
  } catch {
    available = false;
  }
  let memory: BasketItem[] = [];
  const read = (): BasketItem[] => {
    if (!available) return memory;
    try {
      const parsed = JSON.parse(storage!.getItem(KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(valid) : [];
    } catch {
      return [];
    }
  };
  const write = (items: BasketItem[]) => {
    memory = items;
    if (available) storage!.setItem(KEY, JSON.stringify(items));
    if (typeof dispatchEvent === 'function') dispatchEvent(new CustomEvent(BASKET_EVENT, { detail: items.length }));
  };
  return {
    available,
    list: read,
    has: (item: BasketItem) => read().some((i) => same(i, item)),
    add(item: BasketItem) {
      const items = read();
      if (!items.some((i) => same(i, item))) write([...items, item]);
    },
    remove(index: number) {
      write(read().filter((_, k) => k !== index));
    },
    move(index: number, by: -1 | 1) {
      const items = read();
      const to = index + by;
      if (to < 0 || to >= items.length) return;
      [items[index], items[to]] = [items[to]!, items[index]!];
      write(items);
    },
    set: write,
  };
}
