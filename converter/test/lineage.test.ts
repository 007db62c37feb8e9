import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_LENGTH, stockTerms } from '../lineage/index.ts';
import { DOCUMENTS_FILE, readDocuments } from '../lineage/documents.ts';
import { citedTitles, titleKey } from '../lineage/titles.ts';
import { byShareThenDate, closestFirst, reduce, sharedWording, type WordingBlock } from '../lineage/wording.ts';
import { seedError } from './helpers.ts';

/**
 * Shared wording and cited titles on small fixtures: the run-length threshold, offsets that mark
 * the same characters on both sides, punctuation that does not break a run, stock terms that never
 * match, and titles written differently that are one document while different documents stay apart.
 */

const REPO = resolve(import.meta.dirname, '../..');
const K = RUN_LENGTH;
// Filler that shares nothing: every fixture passage is built from distinct characters around the run.
const pad = (from: number, n: number) => String.fromCodePoint(...Array.from({ length: n }, (_, i) => 0x4e00 + from + i * 7));
const RUN = '推动传统陶瓷产业转型升级走在全省前列提质增效'; // 22 characters, no stock term
const run = (n: number) => [...RUN].slice(0, n).join('');
const blocks = (a: string, b: string): WordingBlock[] => [
  { plan: 'a', eid: 'p1', text: a },
  { plan: 'b', eid: 'p1', text: b },
];
const shares = (a: string, b: string, stock: string[] = []) => sharedWording(blocks(a, b), { k: K, stock }).blocks;
const slice = (text: string, s: number, e: number) => [...text].slice(s, e).join('');

describe('shared wording', () => {
  it(`a run of exactly ${K} characters is found, one of ${K - 1} is not`, () => {
    const a = `${pad(0, 5)}${run(K)}${pad(40, 5)}`;
    const b = `${pad(80, 3)}${run(K)}${pad(120, 9)}`;
    const [sa] = shares(a, b);
    expect(sa!.planCount).toBe(1);
    expect(sa!.partners[0]!.runs).toEqual([[5, 5 + K, 3, 3 + K]]);
    const short = shares(`${pad(0, 5)}${run(K - 1)}${pad(40, 5)}`, `${pad(80, 3)}${run(K - 1)}${pad(120, 9)}`);
    expect(short.every((s) => s.planCount === 0 && s.partners.length === 0)).toBe(true);
  });

  it('a run is maximal: it extends as far as both texts agree', () => {
    const [sa] = shares(`${pad(0, 2)}${RUN}${pad(40, 2)}`, `${pad(80, 4)}${RUN}`);
    expect(sa!.partners[0]!.runs).toEqual([[2, 2 + [...RUN].length, 4, 4 + [...RUN].length]]);
    expect(sa!.shared).toBe([...RUN].length);
  });

  it('offsets mark the same characters in both passages', () => {
    const a = `（一）${pad(0, 6)}，${RUN}。${pad(40, 3)}`;
    const b = `${pad(80, 1)}：“${RUN}”${pad(120, 2)}`;
    const [sa, sb] = shares(a, b);
    for (const [s, e, t, f] of sa!.partners[0]!.runs) expect(slice(a, s, e)).toBe(slice(b, t, f));
    // The other side reports the same runs, mirrored.
    expect(sb!.partners[0]!.runs).toEqual(sa!.partners[0]!.runs.map(([s, e, t, f]) => [t, f, s, e]));
  });

  it('punctuation and spacing differences do not break a run; the offsets span the punctuation of each side', () => {
    const a = `${pad(0, 3)}推动传统陶瓷产业，转型升级、走在全省前列${pad(40, 3)}`;
    const b = `${pad(80, 2)}推动传统 陶瓷产业转型升级——走在“全省”前列${pad(120, 2)}`;
    const [sa] = shares(a, b);
    expect(sa!.partners[0]!.runs).toHaveLength(1);
    const [s, e, t, f] = sa!.partners[0]!.runs[0]!;
    expect(slice(a, s, e)).toBe('推动传统陶瓷产业，转型升级、走在全省前列');
    expect(slice(b, t, f)).toBe('推动传统 陶瓷产业转型升级——走在“全省”前列');
    expect(reduce(slice(a, s, e)).chars).toEqual(reduce(slice(b, t, f)).chars);
  });

  it('blocks of the same plan never match each other', () => {
    const r = sharedWording([{ plan: 'a', eid: 'x', text: RUN }, { plan: 'a', eid: 'y', text: RUN }], { k: K }).blocks;
    expect(r.every((s) => s.planCount === 0)).toBe(true);
  });

  it('stock terms alone never make a match: every glossary stock term, and the common ones run together', () => {
    const stock = stockTerms(REPO);
    expect(stock.length).toBeGreaterThan(100);
    // Terms of the threshold length or longer are what the stock rule is for; shorter ones the threshold already stops.
    const long = stock.filter((t) => t.length >= K);
    expect(long.length).toBeGreaterThan(0);
    expect(stock).toContain('高质量发展');
    for (const term of stock) {
      const r = shares(`${pad(0, 4)}${term}${pad(40, 4)}`, `${pad(80, 3)}${term}${pad(120, 3)}`, stock);
      expect(r[0]!.planCount, term).toBe(0);
    }
    const common = '知识产权高质量发展知识产权';
    expect(shares(`${pad(0, 2)}${common}${pad(40, 2)}`, `${pad(80, 2)}${common}${pad(120, 2)}`, stock)[0]!.planCount).toBe(0);
    // …while the same run with wording of its own around the terms does count.
    const own = `知识产权${run(10)}高质量发展`;
    expect(shares(`${pad(0, 2)}${own}`, `${own}${pad(120, 2)}`, stock)[0]!.partners.map((p) => p.plan)).toEqual(['b']);
  });

  it('identical blocks of two plans share their whole text, and the widest passage is found in all plans that hold it', () => {
    const text = `${pad(0, 3)}${RUN}`;
    const r = sharedWording([{ plan: 'a', eid: 'x', text }, { plan: 'b', eid: 'y', text }, { plan: 'c', eid: 'z', text: `${RUN}${pad(200, 3)}` }], { k: K });
    expect(r.blocks[0]!.planCount).toBe(2);
    expect(r.blocks[0]!.partners.map((p) => p.plan)).toEqual(['b', 'c']);
    expect(r.plans.a).toEqual({ count: 2, closest: [{ plan: 'b', shared: [...text].length }, { plan: 'c', shared: [...RUN].length }] });
    const widest = r.passages.find((p) => p.text === RUN)!;
    expect(widest.plans).toEqual(['a', 'b', 'c']);
  });
});

describe('cited titles', () => {
  it('finds each 《》 with its offsets, brackets included', () => {
    const text = '贯彻《纲要》和《规划》，《未闭合';
    expect(citedTitles(text)).toEqual([
      { title: '纲要', start: 2, end: 6 },
      { title: '规划', start: 7, end: 11 },
    ]);
  });

  it('merges dash, quotation-mark, width and year variants of one document', () => {
    const same = [
      ['知识产权强国建设纲要（2021-2035年）', '知识产权强国建设纲要（2021—2035年）', '知识产权强国建设纲要(2021–2035年)', '知识产权强国建设纲要（2021年—2035年）', '知识产权强国建设纲要'],
      ['“十四五”国家知识产权保护和运用规划', '"十四五"国家知识产权保护和运用规划', '十四五国家知识产权保护和运用规划', '「十四五」国家知识产权保护和运用规划'],
      ['桓台县国家知识产权强县示范县建设工作方案（2022—2025年）', '桓台县国家知识产权强县示范县建设工作方案'],
    ];
    for (const group of same) expect(new Set(group.map(titleKey)).size, group[0]).toBe(1);
  });

  it('keeps different documents apart', () => {
    const apart = [
      ['“十三五”国家知识产权保护和运用规划', '“十四五”国家知识产权保护和运用规划'],
      ['关于强化知识产权保护的意见', '关于强化知识产权保护的若干措施'],
      ['潮州市市场监督管理局2019年度知识产权执法保护专项行动实施方案', '潮州市市场监督管理局2020年度知识产权执法保护专项行动实施方案'],
      ['德阳市“十四五”知识产权规划', '德化县“十四五”知识产权发展规划'],
    ];
    for (const [x, y] of apart) expect(titleKey(x!)).not.toBe(titleKey(y!));
  });
});

describe('the document list (content/compare/documents.yaml)', () => {
  let dir = '';
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
  const withList = (edit: (yaml: string) => string) => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
    cpSync(join(REPO, 'content/compare'), join(dir, 'content/compare'), { recursive: true });
    const path = join(dir, DOCUMENTS_FILE);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  };

  it('the real list reads, and every entry has its own key', () => {
    const list = readDocuments(REPO);
    expect(list.byKey.size).toBeGreaterThanOrEqual(list.documents.length);
  });

  it('an unknown level fails with the file and the line of the field', () => {
    const root = withList((y) => y.replace('level: provincial', 'level: regional'));
    const e = seedError(() => readDocuments(root));
    expect(e.file).toBe(DOCUMENTS_FILE);
    expect(readFileSync(join(root, DOCUMENTS_FILE), 'utf8').split('\n')[e.line! - 1]).toContain('level: regional');
  });

  it('two entries for one document (once normalised) fail, naming both', () => {
    const root = withList((y) => `${y}  - id: guidelines-again\n    zh: 知识产权强国建设纲要\n    en: x\n    enSource: reference\n    kind: guideline\n    level: national\n`);
    const e = seedError(() => readDocuments(root));
    expect(e.problem).toContain('ip-power-guidelines');
    expect(e.line).toBeGreaterThan(1);
  });
});

describe('quotations', () => {
  it('a long slogan counts as shared wording even though it is made of short stock terms', async () => {
    const { glossaryTerms } = await import('../lineage/index.ts');
    const { stock, quotations } = glossaryTerms(REPO);
    const slogan = reduce('严保护、大保护、快保护、同保护').chars.join('');
    expect(quotations).toContain(slogan);
    const r = sharedWording(blocks(`${pad(0, 3)}严保护、大保护、快保护、同保护${pad(40, 3)}`, `${pad(80, 3)}“严保护、大保护、快保护、同保护”${pad(120, 3)}`), { k: K, stock, quotations }).blocks;
    expect(r[0]!.planCount).toBe(1);
  });
});

describe('cited titles linked in the plan text', () => {
  it('every 《》 in the real plans’ paragraphs becomes a link to its document, and no character changes', async () => {
    const { planSlugs, readPlan } = await import('../index.ts');
    const { linkCitations } = await import('../lineage/documents.ts');
    const { plainText } = await import('../inline.ts');
    const list = readDocuments(REPO);
    for (const slug of planSlugs(REPO)) {
      const { blocks } = readPlan(REPO, slug);
      const linked = linkCitations(blocks, list, slug);
      linked.forEach((b, k) => {
        expect(plainText(b.inlines)).toBe(plainText(blocks[k]!.inlines));
        const titles = blocks[k]!.inlines.flatMap((i) => (i.t === 'text' ? citedTitles(i.text) : []));
        const links = b.inlines.filter((i) => i.t === 'doc');
        expect(links.map((l) => l.text)).toEqual(titles.map((t) => `《${t.title}》`));
      });
    }
  });
});

describe('the closest partners, listed up to a bound', () => {
  // Twelve plans hold the same passage; four hold it with a longer common stretch.
  const text = `${pad(0, 3)}${RUN}`;
  const longer = `${pad(0, 3)}${RUN}${pad(300, 6)}`;
  const plans = Array.from({ length: 12 }, (_, n) => `p${String(n).padStart(2, '0')}`);
  const facts = Object.fromEntries(plans.map((p, n) => [p, { province: n % 3 === 0 ? '福建省' : '广东省', issued: `2022-${String(12 - n).padStart(2, '0')}-01` }]));
  const corpus = (): WordingBlock[] => plans.map((p, n) => ({ plan: p, eid: 'x', text: n >= 8 ? longer : text }));

  it('lists at most maxPartners, with the true counts of plans and passages', () => {
    const r = sharedWording(corpus(), { k: K, maxPartners: 3, facts });
    for (const s of r.blocks) {
      expect(s.partners).toHaveLength(3);
      expect(s.planCount).toBe(11);
      expect(s.passageCount).toBe(11);
    }
  });

  it('the most shared first, then the same province, then the earlier issued', () => {
    const r = sharedWording(corpus(), { k: K, maxPartners: 5, facts });
    const byDate = (list: string[]) => [...list].sort((a, b) => facts[a]!.issued.localeCompare(facts[b]!.issued));
    const province = (p: string) => facts[p]!.province;
    // p09 holds the longer passage: the other longer ones first (earliest issued first), then among
    // the rest those of its own province, earliest issued first.
    const p09 = r.blocks.find((s) => s.plan === 'p09')!;
    const sameAs09 = byDate(plans.filter((p, n) => n < 8 && province(p) === province('p09')));
    expect(p09.partners.map((p) => p.plan)).toEqual([...byDate(['p08', 'p10', 'p11']), ...sameAs09].slice(0, 5));
    // p00 shares its whole text with all eleven alike: its own province first, then the earliest issued.
    const p00 = r.blocks.find((s) => s.plan === 'p00')!;
    const others = plans.filter((p) => p !== 'p00');
    const same = byDate(others.filter((p) => province(p) === province('p00')));
    expect(p00.partners.map((p) => p.plan)).toEqual([...same, ...byDate(others.filter((p) => !same.includes(p)))].slice(0, 5));
  });

  it('per plan, the closest other plans up to maxPlans, with the count of all', () => {
    const r = sharedWording(corpus(), { k: K, maxPlans: 2, facts });
    expect(r.plans.p00!.count).toBe(11);
    // p00 shares its whole text with every plan alike: its own province (p03, p06, p09), the earliest issued first.
    expect(r.plans.p00!.closest.map((c) => c.plan)).toEqual(['p09', 'p06']);
    expect(r.plans.p00!.closest.every((c) => c.shared === [...text].length)).toBe(true);
    expect(r.plans.p09!.closest.map((c) => c.plan)).toEqual(['p11', 'p10']);
    expect(r.plans.p09!.closest[0]!.shared).toBe([...longer].length);
  });

  it('closestFirst prefers the same province only among equally shared candidates, and never lists the plan itself', () => {
    const cands = [
      { plan: 'a', shared: 30 },
      { plan: 'self', shared: 20 },
      { plan: 'b', shared: 20 },
      { plan: 'c', shared: 20 },
      { plan: 'd', shared: 10 },
    ];
    const f = { self: { province: 'X' }, c: { province: 'X' }, d: { province: 'X' } };
    expect(closestFirst(cands, 'self', f, 4).map((c) => c.plan)).toEqual(['a', 'c', 'b', 'd']);
    expect(closestFirst(cands, 'self', f, 2).map((c) => c.plan)).toEqual(['a', 'c']);
    expect(byShareThenDate([{ plan: 'late', shared: 5 }, { plan: 'undated', shared: 5 }, { plan: 'early', shared: 5 }], { late: { issued: '2023-01-01' }, early: { issued: '2021-06-01' } }).map((c) => c.plan)).toEqual(['early', 'late', 'undated']);
  });
});
