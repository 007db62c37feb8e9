import { fill } from '../../shared/fill';
import { PART_MARK, hasHan, parseQuery, unspace } from './query';
import { concepts, marksQuery, type Concept } from './concepts';
import { blockLabel } from '../../shared/labels.ts';
import { namedIndicators, nearestTerms, type SearchTermsData } from '../../shared/search-terms.ts';
import type { T2S } from '../../shared/traditional.ts';
import { excerptInto, matcherFor } from './excerpt';
import { planDir, shardDir } from '../../shared/search-levels.ts';

/** The slice of Pagefind's JS API this page uses. */
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  mergeIndex: (path: string) => Promise<void>;
  search: (q: string | null, o?: SearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

const FILTERS = ['plan', 'province', 'kind', 'programme', 'part'] as const;
/** The filters the plan level answers; `part` is a block's, answered for the plans shown. */
const PLAN_FILTERS = ['province', 'kind', 'programme'] as const;
const FIRST = 3;
const PLAN_PAGE = 10;
/**
 * Plans of a page whose passages load with it. Each costs its block level, ~50–60 kB brotli for a
 * real plan, most of which any query touches: measured (bench/search.ts on 200 plans) a second plan
 * would put the first query past 300 kB at 3,000 plans, so the others wait for "Show passages".
 */
const PASSAGE_PLANS = 1;
/** Plans' block levels merged into one client before a query starts a fresh one. */
const MERGED_MAX = 8;
/** What the results need to name a plan and link to it: the plan level's meta (src/integrations/search-index.ts planCard). */
type Card = { title: string; region: string; place: string; href: string; annexes: number; targets: Record<string, string> };
type Plans = Record<string, Card>;
type Order = 'rank' | 'doc';
type Scored = Map<string, { r: PagefindResult; score: number }>;

/** What Back must restore: the plans shown in full, how many pages of plans, and the scroll position. */
interface Kept {
  q: string;
  open: string[];
  /** Plans whose passages the reader asked for. */
  loaded?: string[];
  pages: number;
  scroll: number;
}

/** A passage found: its Pagefind result, its score, its plan and place in the plan, whether it leads. */
interface Hit {
  r: PagefindResult;
  score: number;
  plan: string;
  n: number;
  lead: boolean;
}

/** Where a plan's blocks are: each record's place in the plan, and which are headings or target statements. */
interface Places {
  n: Map<string, number>;
  lead: Set<string>;
}

const once = <T>(f: () => Promise<T>): (() => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
};
/** A cache of promises by key: each is made once. */
const memo = <T>(f: (key: string) => Promise<T>) => {
  const m = new Map<string, Promise<T>>();
  return (key: string) => m.get(key) ?? (m.set(key, f(key)), m.get(key)!);
};
const json = <T>(url: string) => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : Promise.reject(new Error(url))));

/**
 * Runs the search page: URL state, Pagefind queries, results grouped by plan, best first. Two levels
 * (src/integrations/search-index.ts): the plan level says which plans match and in what order; the
 * block level of the plans shown (merged into the same Pagefind client when first shown) gives
 * their passages.
 */
export function startSearch(form: HTMLFormElement, list: HTMLOListElement): void {
  const lang = list.dataset.lang as 'zh' | 'en';
  const s = JSON.parse(list.dataset.strings!) as Record<string, string>;
  const say = (key: string, vars: Record<string, string | number> = {}) => fill(s[key]!, vars, document.documentElement.lang || 'en');
  const status = document.getElementById('search-status')!;
  const extra = document.getElementById('search-extra')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  const toggle = form.querySelector<HTMLButtonElement>('.filters-toggle')!;
  const fieldset = form.querySelector<HTMLFieldSetElement>('.search-filters')!;
  const langLink = document.querySelector<HTMLAnchorElement>('.site-header a[hreflang][data-keep-place]');
  const dir = list.dataset.pagefind!.replace(/[^/]+$/, '');
  let client: Promise<Pagefind> | undefined;
  const pagefind = () => (client ??= start());
  const start = async () => {
    const pf = (await import(/* @vite-ignore */ list.dataset.pagefind!)) as Pagefind;
    // Pagefind reads the query in the language of the page (<html lang>), and on a Chinese page would
    // split "IP-strong" into other words than the index holds. The index is one language (src/integrations/search-index.ts),
    // so Pagefind starts as on an English page; it reads the language once, as init begins.
    const html = document.documentElement;
    const lang = html.lang;
    html.lang = 'en';
    const started = pf.init();
    html.lang = lang;
    await started;
    // The other plan-level bundles, if the corpus has more plans than one holds.
    for (let k = 1; k < Number(list.dataset.shards ?? 1); k++) await pf.mergeIndex(`${dir}${shardDir(k)}`);
    return pf;
  };
  // A plan's block-level bundle joins the client the first time the plan is shown.
  let merged = new Map<string, Promise<void>>();
  const blockLevel = (slug: string) => {
    if (!merged.has(slug)) merged.set(slug, pagefind().then((pf) => pf.mergeIndex(`${dir}${planDir(slug)}`)));
    return merged.get(slug)!;
  };
  // Every bundle merged is searched by every later query (its chunks for each new word fetched), so
  // once MERGED_MAX plans have joined, the next query starts a fresh client (its files are cached).
  const fresh = async () => {
    if (merged.size < MERGED_MAX || !client) return;
    const pf = await client;
    client = undefined;
    merged = new Map();
    await pf.destroy();
  };
  const termsData = once(() => json<SearchTermsData>(`${dir}atlas-terms.json`));
  const t2sTable = once(() => json<T2S>(`${dir}atlas-t2s.json`));
  const provincePlans = memo((url) => json<{ slug: string; zh: string; en: string }[]>(url));
  const cards = new Map<string, Card>();
  let generation = 0;
  history.scrollRestoration = 'manual';

  const activeFilters = () => FILTERS.filter((f) => select(f).value).length;
  const showFilterCount = () => (toggle.textContent = say('search.filtersToggle', { n: activeFilters() }));
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    fieldset.classList.toggle('open', open);
  });

  // The `plan` filter offers the plans of the chosen province, loaded when it is chosen: the page
  // does not list every plan. A plan named in the URL without a province stays chosen, by its slug
  // until a result names it.
  const planSelect = select('plan');
  const [anyPlan, pickProvince] = [...planSelect.options];
  const fillPlans = async (keep: string) => {
    const url = select('province').selectedOptions[0]?.dataset.plans;
    const items = url ? ((await provincePlans(url).catch(() => [])).map((p) => [p.slug, p[lang]] as const)) : [];
    if (keep && !url && !items.some(([v]) => v === keep)) items.push([keep, cards.get(keep)?.title ?? keep]);
    planSelect.replaceChildren(anyPlan!, ...(url ? [] : [pickProvince!]), ...items.map(([v, l]) => Object.assign(document.createElement('option'), { value: v, textContent: l })));
    planSelect.value = items.some(([v]) => v === keep) ? keep : '';
  };

  const fromUrl = async () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    for (const f of FILTERS) if (f !== 'plan') select(f).value = p.get(f) ?? '';
    select('order').value = p.get('order') === 'doc' ? 'doc' : 'rank';
    await fillPlans(p.get('plan') ?? '');
    showFilterCount();
  };
  const toUrl = (push: boolean) => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const f of FILTERS) if (select(f).value) url.searchParams.set(f, select(f).value);
    if (select('order').value === 'doc') url.searchParams.set('order', 'doc');
    history[push ? 'pushState' : 'replaceState'](null, '', url);
    carryToOtherLanguage();
  };
  // The language switch opens the other edition's search with the same query, filters and order.
  const carryToOtherLanguage = () => {
    if (langLink) langLink.search = location.search;
  };

  // Back to the results: the plans opened in full, and the scroll position, are kept in history.state.
  const kept = (): Kept => ({
    q: list.dataset.query ?? '',
    open: [...list.querySelectorAll<HTMLElement>('.result-plan[data-open]')].map((li) => li.dataset.plan!),
    loaded: [...list.querySelectorAll<HTMLElement>('.result-plan[data-asked]')].map((li) => li.dataset.plan!),
    pages: list.querySelectorAll('.result-plan').length > PLAN_PAGE ? Math.ceil(list.querySelectorAll('.result-plan').length / PLAN_PAGE) : 1,
    scroll: scrollY,
  });
  const keep = () => history.replaceState({ ...(history.state as object), kept: kept() }, '');
  list.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) keep();
  });
  addEventListener('pagehide', keep);

  // A query replaced by a newer one may fail as the client it used is closed: only the current one reports.
  const run = (restore?: Kept) => {
    const running = search(restore);
    const mine = generation;
    return running.catch((e: unknown) => {
      if (mine !== generation) return;
      console.error(e);
      status.textContent = say('search.error');
      list.dataset.state = 'done';
    });
  };
  const search = async (restore?: Kept) => {
    const mine = ++generation;
    const q = input.value.trim();
    list.replaceChildren();
    extra.replaceChildren();
    // For scripts and tests: which query the list shows, and whether it is complete.
    list.dataset.query = q;
    list.dataset.state = 'loading';
    const done = () => {
      if (mine === generation) list.dataset.state = 'done';
    };
    if (!parseQuery(q).length) {
      status.textContent = q ? say('search.short') : '';
      return done();
    }
    status.textContent = say('search.loading');
    await fresh();
    if (mine !== generation) return;
    let pf: Pagefind;
    let data: SearchTermsData | null;
    let t2s: T2S | null;
    try {
      [pf, data, t2s] = await Promise.all([pagefind(), termsData().catch(() => null), hasHan(q) ? t2sTable().catch(() => null) : Promise.resolve(null)]);
    } catch {
      status.textContent = say('search.error');
      return done();
    }
    if (mine !== generation) return;
    const asked = concepts(q, data, t2s);
    const order = select('order').value as Order;
    const planFilters: Record<string, string> = { level: 'plan' };
    for (const f of PLAN_FILTERS) if (select(f).value) planFilters[f] = select(f).value;
    if (select('plan').value) planFilters.slug = select('plan').value;
    const blockFilters: Record<string, string> = { level: 'block' };
    if (select('part').value) blockFilters.part = select('part').value;
    // The plans that hold every term somewhere: exact, from the plan level alone.
    const matched = await find(pf, asked, planFilters);
    const found = order === 'doc' ? await inListOrder(pf, matched) : [...matched.values()].sort((a, b) => b.score - a.score);
    if (mine !== generation) return;
    status.textContent = found.length ? say('search.count', { plans: found.length }) : say('search.none', { q });
    const named = data ? namedIndicators(asked.map((c) => c.text), data).sort((a, b) => a.en.length - b.en.length)[0] : undefined;
    if (data && !found.length) {
      if (named) extra.append(indicatorCard(named, list.dataset.compare!, { lang, plans: {}, say }));
      extra.append(suggestions(asked.map((c) => c.text).join(' '), data, lang, say));
    }
    const match = matcherFor(parseQuery(marksQuery(asked)));
    const typed = parseQuery(q);
    const ctx: GroupContext = { match, hl: encodeURIComponent(marksQuery(asked)), lang, say, han: typed.some((t) => t.han), latin: typed.some((t) => !t.han), part: Boolean(blockFilters.part) };
    // The passages of some plans: their block level joins the client, then one search over it.
    const passagesOf = async (slugs: string[]) => {
      if (!slugs.length) return new Map<string, Hit[]>();
      await Promise.all(slugs.map(blockLevel));
      // The places first: Pagefind's filter-only searches do not mix with term searches run alongside.
      const places = new Map(await Promise.all(slugs.map(async (slug) => [slug, await planPlaces(pf, slug)] as const)));
      const hits = await verified(await find(pf, asked, blockFilters), asked, places);
      return new Map(slugs.map((slug) => [slug, within(hits.filter((h) => h.plan === slug), order)]));
    };
    const showPlans = async (from: number, pages = 1, loaded: string[] = []) => {
      const page = found.slice(from, from + PLAN_PAGE * pages);
      const shown = await Promise.all(
        page.map(async (x) => {
          const meta = (await x.r.data()).meta;
          cards.set(meta.slug!, JSON.parse(meta[lang]!) as Card);
          return meta.slug!;
        }),
      );
      if (mine !== generation) return;
      // Plans come a page at a time, named from the plan level's fragments. A plan's block level is a
      // whole small index, so only the first of a page loads its passages at once; the others when the
      // reader asks (and those asked for before Back, again).
      const now = shown.filter((slug, k) => k % PLAN_PAGE < PASSAGE_PLANS || loaded.includes(slug));
      const hits = await passagesOf(now);
      const groups = await Promise.all(shown.map((slug) => group(slug, cards.get(slug)!, hits.get(slug), () => passagesOf([slug]).then((m) => m.get(slug)!), ctx)));
      if (mine !== generation) return;
      list.append(...groups);
      if (!from && named) extra.append(indicatorCard(named, list.dataset.compare!, { lang, plans: Object.fromEntries(shown.map((slug) => [slug, cards.get(slug)!])), say }));
      // A plan named in the URL without its province: its option now reads as its title.
      for (const o of planSelect.options) if (cards.has(o.value) && o.textContent === o.value) o.textContent = cards.get(o.value)!.title;
      const rest = found.length - from - PLAN_PAGE * pages;
      if (rest > 0) {
        const li = Object.assign(document.createElement('li'), { className: 'more-plans' });
        const more = Object.assign(document.createElement('button'), { type: 'button', className: 'show-more-plans', textContent: say('search.morePlans', { n: rest }) });
        more.addEventListener('click', async () => {
          more.disabled = true;
          li.remove();
          const first = list.children.length;
          await showPlans(from + PLAN_PAGE * pages);
          list.children[first]?.querySelector('a')?.focus();
        });
        li.append(more);
        list.append(li);
      }
    };
    const back = restore && restore.q === q ? restore : undefined;
    if (found.length) await showPlans(0, back?.pages ?? 1, back?.loaded);
    if (back && mine === generation) {
      await Promise.all(back.open.map((slug) => openAll(list.querySelector<HTMLElement>(`.result-plan[data-plan="${slug}"]`))));
      scrollTo(0, back.scroll);
    }
    done();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', async (e) => {
    clearTimeout(timer);
    // Another province: its plans become the `plan` filter's options (the plan chosen stays if it is one of them).
    if (e.target === select('province')) await fillPlans(select('plan').value);
    showFilterCount();
    const typing = e.target === input;
    timer = setTimeout(() => (toUrl(false), run()), typing ? 120 : 0);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    toUrl(true);
    run();
  });
  addEventListener('popstate', async (e) => {
    await fromUrl();
    carryToOtherLanguage();
    run((e.state as { kept?: Kept } | null)?.kept);
  });
  void fromUrl().then(() => {
    carryToOtherLanguage();
    if (input.value) run((history.state as { kept?: Kept } | null)?.kept);
  });
}

/** Opens a plan's "show all", if it has one, and waits for its passages. */
async function openAll(li: HTMLElement | null): Promise<void> {
  const button = li?.querySelector<HTMLButtonElement>('.show-all');
  if (!button) return;
  li!.dataset.restoring = '';
  await new Promise<void>((resolve) => {
    li!.addEventListener('passages-shown', () => resolve(), { once: true });
    button.click();
  });
}

/** Where a plan's block records are: their place in the plan and which lead (from its block level's filters and sort keys; nothing else is loaded). */
const planPlaces = (() => {
  const cache = new Map<string, Promise<Places>>();
  return (pf: Pagefind, slug: string) => {
    if (!cache.has(slug))
      cache.set(
        slug,
        (async () => {
          const [all, lead] = await Promise.all([pf.search(null, { filters: { level: 'block', plan: slug }, sort: { n: 'asc' } }), pf.search(null, { filters: { level: 'block', plan: slug, lead: 'yes' } })]);
          return { n: new Map(all?.results.map((x, n) => [x.id, n])), lead: new Set(lead?.results.map((x) => x.id)) };
        })(),
      );
    return cache.get(slug)!;
  };
})();

/** The plans matched, in the order the site lists them (the plan level's sort key). */
const inListOrder = (() => {
  let cache: Promise<Map<string, number>> | undefined;
  return async (pf: Pagefind, matched: Scored) => {
    cache ??= pf.search(null, { filters: { level: 'plan' }, sort: { n: 'asc' } }).then((r) => new Map(r?.results.map((x, n) => [x.id, n])));
    const at = await cache;
    return [...matched.values()].sort((a, b) => (at.get(a.r.id) ?? 0) - (at.get(b.r.id) ?? 0));
  };
})();

/** The records matching every concept, with the sum of their Pagefind scores. */
async function find(pf: Pagefind, list: Concept[], filters: Record<string, string>): Promise<Scored> {
  const phrases = [...new Set(list.flatMap((c) => c.alternatives.flat(2)))];
  const results = new Map(await Promise.all(phrases.map(async (p) => [p, (await pf.search(p, { filters }))?.results ?? []] as const)));
  const any = (maps: Scored[]): Scored => {
    const out: Scored = new Map();
    for (const m of maps) for (const [id, h] of m) out.set(id, { r: h.r, score: Math.max(out.get(id)?.score ?? 0, h.score) });
    return out;
  };
  const all = (maps: Scored[]): Scored => {
    const [first, ...rest] = maps;
    const out: Scored = new Map();
    for (const [id, h] of first ?? []) if (rest.every((m) => m.has(id))) out.set(id, { r: h.r, score: h.score + rest.reduce((n, m) => n + m.get(id)!.score, 0) });
    return out;
  };
  const phrase = (p: string): Scored => new Map(results.get(p)!.map((r) => [r.id, { r, score: r.score }]));
  return all(list.map((c) => any(c.alternatives.map((alt) => all(alt.map((group) => any(group.map(phrase))))))));
}

/** A block's two texts, from its record: the English, then the Chinese as indexed (spaced); added spellings dropped. */
function texts(content: string): { en: string; zh: string } {
  const [en = '', zh = ''] = content.split(PART_MARK);
  return { en: en.trim(), zh: unspace(zh.trim()) };
}

/** The hits placed in the plans shown; a concept spanning punctuation is checked against the block's text. */
async function verified(hits: Scored, list: Concept[], places: Map<string, Places>): Promise<Hit[]> {
  const out: Hit[] = [];
  for (const [id, h] of hits) {
    for (const [plan, p] of places) {
      const n = p.n.get(id);
      if (n !== undefined) out.push({ ...h, plan, n, lead: p.lead.has(id) });
    }
  }
  const checks = list.filter((c) => c.verify);
  if (!checks.length) return out;
  const data = await Promise.all(out.map((h) => h.r.data()));
  return out.filter((_, k) => {
    const zh = texts(data[k]!.content).zh;
    return checks.every((c) => c.verify!.some((v) => zh.includes(v)));
  });
}

/**
 * A plan's passages in order. Best match first: headings and target statements that match come
 * first, then the rest, each by score. Document order: as they stand in the plan.
 */
function within(hits: Hit[], order: Order): Hit[] {
  if (order === 'doc') return hits.sort((a, b) => a.n - b.n);
  return hits.sort((a, b) => Number(b.lead) - Number(a.lead) || b.score - a.score || a.n - b.n);
}

interface GroupContext {
  match: ReturnType<typeof matcherFor>;
  hl: string;
  lang: 'zh' | 'en';
  /** Is a part chosen? Then a plan without a passage is one without a passage in that part. */
  part: boolean;
  say: (key: string, vars?: Record<string, string | number>) => string;
  /** Did a Chinese form, or an English one, find blocks? Then that language's text is shown too. */
  han: boolean;
  latin: boolean;
}

/**
 * One plan's group: the plan, its first passages, and a button for the rest; or, for a plan whose
 * passages are not loaded yet, a button that loads them. A plan whose text holds every term, but no
 * single passage of which does, is listed with a note saying so.
 */
async function group(slug: string, plan: Card, hits: Hit[] | undefined, load: () => Promise<Hit[]>, ctx: GroupContext): Promise<HTMLLIElement> {
  const li = document.createElement('li');
  li.className = 'result-plan';
  li.dataset.plan = slug;
  const h = document.createElement('h2');
  const a = Object.assign(document.createElement('a'), { href: plan.href, textContent: plan.title });
  const count = Object.assign(document.createElement('span'), { className: 'count' });
  h.append(a, ' ', count);
  li.append(h);
  if (hits) await passages(li, count, plan, hits, ctx);
  else {
    const ask = Object.assign(document.createElement('button'), { type: 'button', className: 'show-passages', textContent: ctx.say('search.showPassages') });
    ask.addEventListener('click', async () => {
      ask.disabled = true;
      li.dataset.asked = '';
      await passages(li, count, plan, await load(), ctx);
      ask.remove();
      if (!li.dataset.restoring) li.querySelector<HTMLElement>('.sub-results a, .apart')?.focus({ preventScroll: true });
      li.dispatchEvent(new Event('passages-shown'));
    });
    li.append(ask);
  }
  return li;
}

/** A plan's passages: the first few, and a button for the rest; or the note that no passage holds every term. */
async function passages(li: HTMLLIElement, count: HTMLElement, plan: Card, hits: Hit[], ctx: GroupContext): Promise<void> {
  // A plan without a matching passage shows the note, not "0 passages".
  count.textContent = hits.length ? ctx.say('search.passages', { n: hits.length }) : '';
  if (!hits.length) {
    li.dataset.apart = '';
    li.append(Object.assign(document.createElement('p'), { className: 'apart', tabIndex: -1, textContent: ctx.say(ctx.part ? 'search.apartPart' : 'search.apart') }));
    return;
  }
  const ol = document.createElement('ol');
  ol.className = 'sub-results';
  li.append(ol);
  const show = async (from: number, to: number) => {
    const items = await Promise.all(hits.slice(from, to).map(async (x) => passage(await x.r.data(), plan, ctx)));
    ol.append(...items);
    return items;
  };
  await show(0, FIRST);
  if (hits.length > FIRST) {
    const more = Object.assign(document.createElement('button'), { type: 'button', className: 'show-all', textContent: ctx.say('search.showAll', { n: hits.length }) });
    more.addEventListener('click', async () => {
      more.disabled = true;
      const items = await show(FIRST, hits.length);
      more.remove();
      li.dataset.open = '';
      if (!li.dataset.restoring) items[0]?.querySelector('a')?.focus({ preventScroll: true });
      li.dispatchEvent(new Event('passages-shown'));
    });
    li.append(more);
  }
}

/** One passage: where it is (its citation label), and its text around the match, in one or both languages. */
function passage(data: { url: string; content: string }, plan: Card, ctx: GroupContext): HTMLLIElement {
  const eid = decodeURIComponent(data.url.split('#')[1] ?? '');
  const t = texts(data.content);
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `${plan.href}?hl=${ctx.hl}#${eid}`;
  a.textContent = blockLabel(eid, plan)[ctx.lang];
  li.append(a);
  const primary = ctx.lang;
  const other = primary === 'zh' ? 'en' : 'zh';
  li.append(excerptInto(t[primary], ctx.match, primary));
  // A term in the other language found this block: show the text it was found in too.
  if ((primary === 'en' && ctx.han) || (primary === 'zh' && ctx.latin)) {
    const p = excerptInto(t[other], ctx.match, other);
    p.dataset.label = ctx.say(other === 'zh' ? 'search.original' : 'search.translation');
    li.append(p);
  }
  return li;
}

/** The card for an indicator the query names: how many plans set a target for it, and a link to the target of each such plan among the results shown. */
function indicatorCard(i: SearchTermsData['indicators'][number], compare: string, ctx: Pick<GroupContext, 'lang' | 'say'> & { plans: Plans }): HTMLElement {
  const card = document.createElement('p');
  card.className = 'indicator-card';
  const title = Object.assign(document.createElement('strong'), { textContent: ctx.say('search.indicator', { name: ctx.lang === 'zh' ? i.zh : i.en, n: i.plans }) });
  card.append(title, ctx.lang === 'zh' ? '：' : ': ');
  // One link per plan, to its first target statement for the indicator.
  let links = 0;
  Object.values(ctx.plans).forEach((plan) => {
    const eid = plan.targets[i.key];
    if (!eid) return;
    if (links++) card.append(ctx.lang === 'zh' ? '、' : ', ');
    card.append(Object.assign(document.createElement('a'), { href: `${plan.href}#${eid}`, textContent: plan.place, title: blockLabel(eid, plan)[ctx.lang] }));
  });
  card.append(links ? ' · ' : '', Object.assign(document.createElement('a'), { href: compare, textContent: ctx.say('search.indicatorLink') }));
  return card;
}

/** For a query found nowhere: the nearest glossary terms, each a search in Chinese and in English. */
function suggestions(q: string, data: SearchTermsData, lang: 'zh' | 'en', say: GroupContext['say']): HTMLElement {
  const box = document.createElement('div');
  box.className = 'search-suggestions';
  const near = nearestTerms(q, data);
  if (!near.length) return box;
  box.append(Object.assign(document.createElement('p'), { textContent: say('search.suggest') }));
  const ul = document.createElement('ul');
  for (const t of near) {
    const li = document.createElement('li');
    const link = (text: string, l: 'zh' | 'en') => Object.assign(document.createElement('a'), { href: `?q=${encodeURIComponent(text)}`, textContent: text, lang: l === 'zh' ? 'zh-Hans' : 'en' });
    const [first, second] = lang === 'zh' ? [link(t.zh, 'zh'), link(t.en, 'en')] : [link(t.en, 'en'), link(t.zh, 'zh')];
    li.append(first, ' · ', second);
    ul.append(li);
  }
  box.append(ul);
  return box;
}
