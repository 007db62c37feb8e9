import { describe, expect, it } from 'vitest';
import { basketMarkdown, basketHtml } from './basket-export';
import { basketStore, decodeItems, encodeItems, type BasketItem } from './basket-store';
import type { Citation } from './cite';

/** A Storage backed by a Map, as localStorage behaves. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, String(v)), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: (i) => [...m.keys()][i] ?? null, get length() { return m.size; } };
}
const deyang: BasketItem = { lang: 'zh', plan: 'deyang', eid: 'chp_2__sec_2__subsec_7' };
const nanan: BasketItem = { lang: 'en', plan: 'nanan', eid: 'chp_4__sec_3__subsec_5' };

describe('basket store', () => {
  it('keeps items in order across instances (reloads), without duplicates; moves and removes', () => {
    const storage = memoryStorage();
    const a = basketStore(storage);
    a.add(deyang);
    a.add(nanan);
    a.add(deyang);
    expect(basketStore(storage).list()).toEqual([deyang, nanan]);
    a.move(1, -1);
    expect(basketStore(storage).list()).toEqual([nanan, deyang]);
    a.move(0, -1); // already first: unchanged
    a.remove(0);
    expect(basketStore(storage).list()).toEqual([deyang]);
  });

  it('works in memory, and says so, when storage throws', () => {
    const refusing = { ...memoryStorage(), setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } } as Storage;
    const b = basketStore(refusing);
    expect(b.available).toBe(false);
    b.add(deyang);
    expect(b.list()).toEqual([deyang]);
    expect(basketStore(null).available).toBe(false);
  });

  it('ignores a corrupted stored value and malformed shared items', () => {
    const storage = memoryStorage();
    storage.setItem('ip-plan-atlas:basket', '{not json');
    expect(basketStore(storage).list()).toEqual([]);
    storage.setItem('ip-plan-atlas:basket', JSON.stringify([deyang, { lang: 'fr', plan: 'x', eid: 'y' }, { lang: 'en', plan: '<b>', eid: 'z' }]));
    expect(basketStore(storage).list()).toEqual([deyang]);
    expect(decodeItems('zh:deyang:chp_2__sec_2__subsec_7,en:nanan:chp_4__sec_3__subsec_5,xx:a:b,zh:deyang')).toEqual([deyang, nanan]);
    expect(decodeItems(encodeItems([nanan, deyang]))).toEqual([nanan, deyang]);
  });
});

const citation = (label: string, url: string): Citation => ({
  lang: 'en',
  plan: { slug: 'nanan', title: 'T', titleZh: 'T', issuer: null, issuerZh: null, docNumber: null, docNumberZh: null, date: null },
  block: { eid: 'chp_4__sec_3__subsec_5', label, title: null },
  url,
  accessed: '2026-11-24',
  siteName: 'IP Plan Atlas',
});

describe('basket exports', () => {
  const passages = [
    { citation: citation('Part 4, Section (3), Item 5', 'https://x.example/en/plans/nanan/#chp_4__sec_3__subsec_5'), planTitle: 'Work Plan of Nan’an', text: '5. Innovating IP *investment* | finance', cited: 'Cited one. https://x.example/en/plans/nanan/#chp_4__sec_3__subsec_5.' },
    { citation: citation('二、（二）7.', 'https://x.example/zh/plans/deyang/#chp_2__sec_2__subsec_7'), planTitle: '德阳市方案', text: '# 7. 强化“三星堆”<品牌>', cited: '德阳. 二、（二）7.' },
  ];

  it('Markdown: quotations with footnote markers in order, notes at the end, no source text turned into syntax', () => {
    const md = basketMarkdown('Passages', passages);
    expect(md).toBe(
      '# Passages\n\n' +
        '**Work Plan of Nan’an**, Part 4, Section (3), Item 5\n\n> 5\\. Innovating IP \\*investment\\* \\| finance[^1]\n\n' +
        '**德阳市方案**, 二、（二）7.\n\n> \\# 7. 强化“三星堆”\\<品牌\\>[^2]\n\n' +
        '[^1]: Cited one. https://x.example/en/plans/nanan/#chp_4__sec_3__subsec_5.\n[^2]: 德阳. 二、（二）7.\n',
    );
  });

  it('HTML for rich text: escaped text, linked sources and numbered notes', () => {
    const html = basketHtml('Passages', passages);
    expect(html).toContain('<a href="https://x.example/zh/plans/deyang/#chp_2__sec_2__subsec_7">二、（二）7.</a>');
    expect(html).toContain('# 7. 强化“三星堆”&lt;品牌&gt;<sup><a href="#note-2">2</a></sup>');
    expect(html).toMatch(/<ol>\n<li id="note-1">Cited one\.[^\n]*<\/li>\n<li id="note-2">/);
  });

  const table = (eid: string, rows: string[][]) => ({
    citation: { ...citation('Table 1', `https://x.example/zh/plans/chaozhou/#${eid}`), block: { eid, label: eid.endsWith('row_2') ? '表1 第2行' : '表1', title: null } },
    planTitle: '潮州',
    text: eid.endsWith('row_2') ? '2 | 创造 | a|b' : '主要指标',
    cited: 'cited',
    table: { columns: ['序号', '类别', '指标'], rows },
  });
  const rows = [['1', '创造', '专利申请量'], ['2', '创造', 'a|b'], ['3', '运用', '质押*融资*']];

  it('a table comes out whole: a GFM table in Markdown (every row, pipes escaped) and a real table in rich text', () => {
    const md = basketMarkdown('P', [table('t__table_1', rows)]);
    expect(md).toContain('> 主要指标[^1]\n\n| 序号 | 类别 | 指标 |\n| --- | --- | --- |\n| 1 | 创造 | 专利申请量 |\n| 2 | 创造 | a\\|b |\n| 3 | 运用 | 质押\\*融资\\* |\n');
    const html = basketHtml('P', [table('t__table_1', rows)]);
    expect(html).toContain('<thead><tr><th scope="col">序号</th><th scope="col">类别</th><th scope="col">指标</th></tr></thead>');
    expect(html.match(/<tr><td>/g)).toHaveLength(3);
  });

  it('a single row is a passage of its own: cited by its label, with the column names', () => {
    const md = basketMarkdown('P', [table('t__table_1__row_2', [rows[1]!])]);
    expect(md).toContain('**潮州**, 表1 第2行[^1]\n\n| 序号 | 类别 | 指标 |\n| --- | --- | --- |\n| 2 | 创造 | a\\|b |\n');
    expect(basketHtml('P', [table('t__table_1__row_2', [rows[1]!])])).toContain('表1 第2行</a><sup><a href="#note-1">1</a></sup></p>\n<table>');
  });
});
