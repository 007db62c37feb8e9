import { fill } from '../../shared/fill';
import { needsCheck, PART_MARK, pagefindQueries, parseQuery, unspace, type Term } from './query';
import { blockLabel } from '../../../converter/stages/labels.ts';
import { excerptInto, matcherFor } from './excerpt';

/** The slice of Pagefind's JS API this page uses. */
interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; content: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> } | null>;
}

const FILTERS = ['plan', 'province', 'kind', 'programme', 'part'] as const;
const FIRST = 3;
const PLAN_PAGE = 10;
type Plans = Record<string, { title: string; region: string; href: string; printed: boolean; annexes: number }>;

let loading: Promise<Pagefind> | undefined;
/** Pagefind, loaded once, the first time a query runs. */
function pagefind(url: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => (await pf.init(), pf));
  return loading;
}

/** A block's two texts, from its record: the English, then the Chinese as indexed (spaced). */
function texts(content: string): { en: string; zh: string } {
  const cut = content.indexOf(PART_MARK);
  return { en: content.slice(0, cut).trim(), zh: unspace(content.slice(cut + PART_MARK.length).trim()) };
}

/** Does the block's text hold every term that Pagefind could not check exactly? */
function holds(terms: Term[], t: { zh: string }): boolean {
  return terms.filter(needsCheck).every((term) => t.zh.includes(term.text));
}

/** Runs the search page: URL state, Pagefind queries, results grouped by plan. */
export function startSearch(form: HTMLFormElement, list: HTMLOListElement): void {
  const lang = list.dataset.lang as 'zh' | 'en';
  const plans = JSON.parse(list.dataset.plans!) as Plans;
  const s = JSON.parse(list.dataset.strings!) as Record<string, string>;
  const say = (key: string, vars: Record<string, string | number> = {}) => fill(s[key]!, vars, document.documentElement.lang || 'en');
  const status = document.getElementById('search-status')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  let generation = 0;

  const fromUrl = () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    for (const f of FILTERS) select(f).value = p.get(f) ?? '';
  };
  const toUrl = (push: boolean) => {
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const f of FILTERS) if (select(f).value) url.searchParams.set(f, select(f).value);
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  const run = async () => {
    const mine = ++generation;
    const q = input.value.trim();
    const terms = parseQuery(q);
    list.replaceChildren();
    // For scripts and tests: which query the list shows, and whether it is complete.
    list.dataset.query = q;
    list.dataset.state = 'loading';
    const done = () => {
      if (mine === generation) list.dataset.state = 'done';
    };
    if (!terms.length) {
      status.textContent = q ? say('search.short') : '';
      return done();
    }
    status.textContent = say('search.loading');
    let pf: Pagefind;
    try {
      pf = await pagefind(list.dataset.pagefind!);
    } catch {
      status.textContent = say('search.error');
      return done();
    }
    const queries = pagefindQueries(terms);
    const filters: Record<string, string> = {};
    for (const f of FILTERS) if (f !== 'plan' && select(f).value) filters[f] = select(f).value;
    const wanted = Object.keys(plans).filter((slug) => !select('plan').value || select('plan').value === slug);
    // One search per plan: each group's count is exact and only its first results are loaded.
    const groups = await Promise.all(wanted.map(async (slug) => ({ slug, results: await find(pf, queries, { ...filters, plan: slug }) })));
    if (mine !== generation) return;
    const match = matcherFor(terms);
    const hl = encodeURIComponent(q);
    let passages = 0;
    let planCount = 0;
    const found: { slug: string; results: PagefindResult[] }[] = [];
    for (const { slug, results } of groups) {
      // Terms spanning punctuation are checked against the text, so counts stay exact.
      const checked = terms.some(needsCheck) ? await verified(results, terms) : results;
      if (mine !== generation) return;
      if (!checked.length) continue;
      passages += checked.length;
      planCount++;
      found.push({ slug, results: checked });
    }
    status.textContent = passages ? say('search.count', { passages, plans: planCount }) : say('search.none', { q });
    // Plans come a page at a time: each shown plan loads its first passages, so with hundreds of
    // plans a first query still loads a few dozen, not hundreds.
    const ctx = { terms, match, hl, lang, plans, say };
    const showPlans = async (from: number) => {
      for (const { slug, results } of found.slice(from, from + PLAN_PAGE)) {
        list.append(await group(slug, results, ctx));
        if (mine !== generation) return;
      }
      const rest = found.length - from - PLAN_PAGE;
      if (rest > 0) {
        const li = Object.assign(document.createElement('li'), { className: 'more-plans' });
        const more = Object.assign(document.createElement('button'), { type: 'button', className: 'show-more-plans', textContent: say('search.morePlans', { n: rest }) });
        more.addEventListener('click', async () => {
          more.disabled = true;
          li.remove();
          const first = list.children.length;
          await showPlans(from + PLAN_PAGE);
          list.children[first]?.querySelector('a')?.focus();
        });
        li.append(more);
        list.append(li);
      }
    };
    await showPlans(0);
    done();
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('input', (e) => {
    clearTimeout(timer);
    const typing = e.target === input;
    timer = setTimeout(() => (toUrl(false), run()), typing ? 120 : 0);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    toUrl(true);
    run();
  });
  addEventListener('popstate', () => (fromUrl(), run()));
  fromUrl();
  if (input.value) run();
}

/** The records every group of queries finds (any query of a group will do), in the first group's order. */
async function find(pf: Pagefind, groups: string[][], filters: Record<string, string>): Promise<PagefindResult[]> {
  const search = async (q: string) => (await pf.search(q, { filters }))?.results ?? [];
  const lists = await Promise.all(
    groups.map(async (alternatives) => {
      const found = (await Promise.all(alternatives.map(search))).flat();
      return [...new Map(found.map((r) => [r.id, r])).values()];
    }),
  );
  const [first = [], ...rest] = lists;
  const sets = rest.map((l) => new Set(l.map((r) => r.id)));
  return first.filter((r) => sets.every((s) => s.has(r.id)));
}

async function verified(results: PagefindResult[], terms: Term[]): Promise<PagefindResult[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return results.filter((_, k) => holds(terms, texts(data[k]!.content)));
}

interface GroupContext {
  terms: Term[];
  match: ReturnType<typeof matcherFor>;
  hl: string;
  lang: 'zh' | 'en';
  plans: Plans;
  say: (key: string, vars?: Record<string, string | number>) => string;
}

/** One plan's group: the plan, its first passages, and a button for the rest. */
async function group(slug: string, results: PagefindResult[], ctx: GroupContext): Promise<HTMLLIElement> {
  const plan = ctx.plans[slug]!;
  const li = document.createElement('li');
  li.className = 'result-plan';
  const h = document.createElement('h2');
  const a = Object.assign(document.createElement('a'), { href: plan.href, textContent: plan.title });
  const count = Object.assign(document.createElement('span'), { className: 'count', textContent: ctx.say('search.passages', { n: results.length }) });
  h.append(a, ' ', count);
  const ol = document.createElement('ol');
  ol.className = 'sub-results';
  li.append(h, ol);
  const show = async (from: number, to: number) => {
    const items = await Promise.all(results.slice(from, to).map(async (r) => passage(await r.data(), plan.href, ctx)));
    ol.append(...items);
    return items;
  };
  await show(0, FIRST);
  if (results.length > FIRST) {
    const more = Object.assign(document.createElement('button'), { type: 'button', className: 'show-all', textContent: ctx.say('search.showAll', { n: results.length }) });
    more.addEventListener('click', async () => {
      more.disabled = true;
      const items = await show(FIRST, results.length);
      more.remove();
      items[0]?.querySelector('a')?.focus();
    });
    li.append(more);
  }
  return li;
}

/** One passage: where it is (label and section), and its text around the match, in one or both languages. */
function passage(data: { content: string; meta: Record<string, string> }, planHref: string, ctx: GroupContext): HTMLLIElement {
  const { meta } = data;
  const t = texts(data.content);
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `${planHref}?hl=${ctx.hl}#${meta.eid}`;
  const plan = ctx.plans[meta.plan!]!;
  a.textContent = blockLabel(meta.eid!, plan)[ctx.lang];
  li.append(a);
  const hasHan = ctx.terms.some((term) => term.han);
  const hasLatin = ctx.terms.some((term) => !term.han);
  const primary = ctx.lang;
  const other = primary === 'zh' ? 'en' : 'zh';
  li.append(excerptInto(t[primary], ctx.match, primary));
  // A term in the other language found this block: show the text it was found in too.
  if ((primary === 'en' && hasHan) || (primary === 'zh' && hasLatin)) {
    const p = excerptInto(t[other], ctx.match, other);
    p.dataset.label = ctx.say(other === 'zh' ? 'search.original' : 'search.translation');
    li.append(p);
  }
  return li;
}
