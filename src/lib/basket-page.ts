import { fill } from '../shared/fill';
import { bibtex, ris } from './cite';
import { STYLES, loadCiteData } from './cite-dialog';
import { citeIn, tableOf, toCitation, today, type CiteStyle } from './cite-source';
import { basketStore, decodeItems, encodeItems, type BasketItem } from './basket-store';
import { basketHtml, basketMarkdown, basketPlain, type Passage, type PassageTable } from './basket-export';
import { copyText, download } from './clipboard';

type Ui = Record<'title' | 'up' | 'down' | 'remove' | 'copied' | 'failed' | 'missing' | 'kept' | 'count' | 'cleared' | 'undo' | 'restored', string>;

/** A collected table or row as it shows in the basket: a real table with its column names. */
function tableElement(t: PassageTable, lang: string): HTMLElement {
  const wrap = Object.assign(document.createElement('div'), { className: 'table-scroll', lang });
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const c of t.columns) head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: c }));
  const body = table.createTBody();
  for (const r of t.rows) {
    const tr = body.insertRow();
    for (const c of r) tr.insertCell().textContent = c;
  }
  wrap.append(table);
  return wrap;
}

/** The basket page: lists the collected passages with citations; reorder, remove, export, share. */
export async function basketPage(root: HTMLElement): Promise<void> {
  const ui = JSON.parse(root.dataset.ui!) as Ui;
  const store = basketStore();
  const shared = new URLSearchParams(location.search).get('items');
  // A shared link shows its own set; the reader's basket is only replaced if they choose to keep it.
  let items: BasketItem[] = shared !== null ? decodeItems(shared) : store.list();
  const list = root.querySelector<HTMLOListElement>('.basket-list')!;
  const status = root.querySelector<HTMLElement>('.basket-status')!;
  const styleSelect = root.querySelector<HTMLSelectElement>('select[name="style"]')!;
  const share = root.querySelector<HTMLInputElement>('.share-url')!;
  document.querySelector<HTMLElement>('.basket-storage')!.hidden = store.available;
  const sharedNote = document.querySelector<HTMLElement>('.basket-shared')!;
  sharedNote.hidden = shared === null;
  const accessed = today();

  const passages = async (): Promise<(Passage | null)[]> =>
    Promise.all(
      items.map(async (i) => {
        const data = await loadCiteData(i.lang, i.plan).catch(() => null);
        const style = styleSelect.value as CiteStyle;
        const citation = data && toCitation(data, i.eid, accessed, style !== 'gbt');
        if (!data || !citation) return null;
        return { citation, planTitle: data.plan.title, text: data.blocks[i.eid]![2], cited: citeIn(style, data, i.eid, accessed, STYLES)!, table: tableOf(data, i.eid) };
      }),
    );
  const save = () => {
    if (shared === null) store.set(items);
  };
  const render = async () => {
    const url = new URL(location.href);
    url.search = items.length ? `?items=${encodeItems(items)}` : '';
    share.value = url.href;
    root.querySelector<HTMLElement>('.basket-empty')!.hidden = items.length > 0;
    root.querySelector<HTMLButtonElement>('button[data-action="clear"]')!.disabled = items.length === 0;
    root.querySelector<HTMLElement>('.basket-count')!.textContent = fill(ui.count, { n: items.length }, document.documentElement.lang || 'en');
    const ps = await passages();
    list.replaceChildren(
      ...ps.map((p, k) => {
        const li = document.createElement('li');
        li.dataset.item = encodeItems([items[k]!]);
        if (!p) {
          li.textContent = ui.missing.replace('{item}', li.dataset.item);
        } else {
          const head = document.createElement('p');
          head.className = 'basket-source';
          const a = Object.assign(document.createElement('a'), { href: p.citation.url.replace(/^https?:\/\/[^/]+/, ''), textContent: `${p.planTitle}, ${p.citation.block.label}` });
          head.append(a);
          const lang = items[k]!.lang === 'zh' ? 'zh-Hans' : 'en';
          const quote = Object.assign(document.createElement('blockquote'), { lang });
          quote.append(Object.assign(document.createElement('p'), { textContent: p.text }));
          const cite = Object.assign(document.createElement('p'), { className: 'basket-cite', textContent: p.cited });
          li.append(head, quote);
          if (p.table) li.append(tableElement(p.table, lang));
          li.append(cite);
        }
        const tools = document.createElement('p');
        tools.className = 'basket-tools';
        for (const [action, label, disabled] of [['up', ui.up, k === 0], ['down', ui.down, k === items.length - 1], ['remove', ui.remove, false]] as const) {
          const b = Object.assign(document.createElement('button'), { type: 'button', textContent: label, disabled });
          b.dataset.action = action;
          b.dataset.index = String(k);
          tools.append(b, ' ');
        }
        li.append(tools);
        return li;
      }),
    );
  };
  let undone: BasketItem[] | null = null;
  const ready = async () => (await passages()).filter((p): p is Passage => p !== null);

  root.addEventListener('click', async (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!b) return;
    const k = Number(b.dataset.index);
    const title = ui.title;
    switch (b.dataset.action) {
      case 'up':
      case 'down': {
        const to = k + (b.dataset.action === 'up' ? -1 : 1);
        [items[k], items[to]] = [items[to]!, items[k]!];
        save();
        await render();
        list.querySelector<HTMLButtonElement>(`button[data-action="${b.dataset.action}"][data-index="${to}"]`)?.focus();
        return;
      }
      case 'remove':
        items.splice(k, 1);
        save();
        await render();
        return;
      case 'markdown':
        download('passages.md', basketMarkdown(title, await ready()), 'text/markdown');
        return;
      case 'copy-markdown':
        status.textContent = (await copyText(basketMarkdown(title, await ready()))) ? ui.copied : ui.failed;
        return;
      case 'rich': {
        const ps = await ready();
        status.textContent = (await copyText(basketPlain(title, ps), basketHtml(title, ps))) ? ui.copied : ui.failed;
        return;
      }
      case 'bibtex':
        download('passages.bib', bibtex((await ready()).map((p) => p.citation)), 'application/x-bibtex');
        return;
      case 'ris':
        download('passages.ris', ris((await ready()).map((p) => p.citation)), 'application/x-research-info-systems');
        return;
      case 'share':
        status.textContent = (await copyText(share.value)) ? ui.copied : ui.failed;
        return;
      case 'keep':
        store.set(items);
        status.textContent = ui.kept;
        return;
      case 'clear': {
        // Emptying is undoable: the emptied set is kept until the reader undoes it or leaves the page.
        const emptied = items;
        items = [];
        save();
        await render();
        const undo = Object.assign(document.createElement('button'), { type: 'button', textContent: ui.undo, className: 'basket-undo' });
        undo.dataset.action = 'undo';
        status.replaceChildren(fill(ui.cleared, { n: emptied.length }, document.documentElement.lang || 'en'), ' ', undo);
        undone = emptied;
        undo.focus();
        return;
      }
      case 'undo':
        if (!undone) return;
        items = undone;
        undone = null;
        save();
        await render();
        status.textContent = fill(ui.restored, { n: items.length }, document.documentElement.lang || 'en');
        root.querySelector<HTMLButtonElement>('button[data-action="clear"]')?.focus();
    }
  });
  styleSelect.addEventListener('change', render);
  await render();
  root.dataset.state = 'ready';
}
