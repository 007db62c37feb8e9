import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { compareOutputs } from '../compare/index.ts';
import { chineseNumeral, statesValue, writtenValue } from '../compare/numbers.ts';
import { planSlugs, readAgencies } from '../index.ts';
import type { ResponsibilityTask } from '../compare/agencies.ts';
import type { BlockRecord } from '../stages/blocks.ts';
import { seedError } from './helpers.ts';
import type { Commitment, StatusFigure, Target } from '../../src/schemas/compare.ts';

/**
 * The comparison data (content/compare/ → content/data/compare/): the numbers the plans write are
 * read correctly, no target in the real dataset states a number its block does not, and a curated
 * file that is wrong stops the converter with its file, its line and the problem.
 */

const REPO = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(REPO);
const readJson = (rel: string) => JSON.parse(readFileSync(join(REPO, rel), 'utf8'));
const BLOCKS = new Map<string, BlockRecord[]>(SLUGS.map((s) => [s, readJson(`content/data/blocks/${s}.json`).blocks]));
const RESPONSIBILITIES = new Map<string, ResponsibilityTask[]>(SLUGS.map((s) => [s, readJson(`content/data/responsibilities/${s}.json`).tasks]));
const AGENCIES = readAgencies(REPO);

const blockText = (slug: string, eid: string) => {
  const b = BLOCKS.get(slug)?.find((x) => x.eid === eid);
  if (!b) throw new Error(`fixture: no block ${eid} in ${slug}`);
  return b.text.zh;
};

// A target as content/data/compare/targets.json holds it: the curated fields plus its id and plan.
type DatasetTarget = Target & { id: string; plan: string };
const DATASET: DatasetTarget[] = readJson('content/data/compare/targets.json').targets;

describe('numbers as the plans write them', () => {
  it.each([
    ['0.65万', 6500],
    ['0.65万件', 6500],
    ['5亿', 500_000_000],
    ['5亿元', 500_000_000],
    ['1.5亿元', 150_000_000],
    ['22亿元', 2_200_000_000],
    ['12万件', 120_000],
    ['超过2万件', 20_000],
    ['14.3', 14.3],
    ['14.3件', 14.3],
    ['≥91', 91],
    ['[65]', 65],
    ['95%以上', 95],
    ['两个', 2],
    ['十家', 10],
    ['翻一番', 2],
    ['翻两番', 4],
    ['1,000件', 1000],
  ])('writtenValue(%s) = %d', (written, value) => {
    expect(writtenValue(written)).toBe(value);
  });

  it.each([
    ['十', 10],
    ['二十五', 25],
    ['一百二十', 120],
    ['两', 2],
    ['三千零五', 3005],
  ])('chineseNumeral(%s) = %d', (run, value) => {
    expect(chineseNumeral(run)).toBe(value);
  });

  it('reads 零突破 as 0 and finds no number where none is written', () => {
    expect(writtenValue('零突破')).toBe(0);
    expect(writtenValue('显著提升')).toBeNull();
    expect(chineseNumeral('万')).toBeNull();
  });

  it('accepts a 万元 table cell in yuan: 8650 in the 万元 row of the Chaozhou table is 86,500,000', () => {
    const row = blockText('chaozhou', 'chp_2__sec_3__subsec_2__table_1__row_8');
    expect(row).toContain('万元');
    expect(row).toContain('8650');
    expect(statesValue('8650', 86_500_000, row)).toBe(true);
    expect(statesValue('8650', 8650, row)).toBe(true);
    expect(statesValue('8650', 86_500_001, row)).toBe(false);
    // Without a 万元 column the same cell is only 8650.
    expect(statesValue('8650', 86_500_000, '8 | 知识产权质押融资金额 | 元 | 8650')).toBe(false);
  });

  it('rejects a value the written number does not state', () => {
    expect(statesValue('0.65万件', 6500, '0.65万件')).toBe(true);
    expect(statesValue('0.65万件', 6501, '0.65万件')).toBe(false);
    expect(statesValue('1.5亿元', 150_000_000, '1.5亿元')).toBe(true);
    expect(statesValue('1.5亿元', 15_000_000, '1.5亿元')).toBe(false);
    expect(statesValue('显著提升', 0, '显著提升')).toBe(false);
  });

  // The column scale (万元 → ×10,000) is for a table cell whose unit column says so. In a paragraph
  // that merely contains 万人 (每万人…), 万件 or 亿元 somewhere, a plain number must not become 10,000
  // or 100,000,000 times larger.
  it.each([
    ['dehua', 'chp_2__sec_3__para_1', '拥有量18件', 180_000],
    ['nanan', 'chp_3__sec_2__subsec_1', '14.3件', 143_000],
    ['nanan', 'chp_3__sec_2__subsec_1', '12万件', 1_200_000_000],
    ['huantai', 'chp_2__sec_2__subsec_2', '不少于10笔', 1_000_000_000],
    ['huantai', 'chp_2__sec_2__subsec_2', '1.5亿元', 15_000_000_000_000_000],
  ])('does not scale a number in a paragraph: %s %s "%s" is not %d', (slug, eid, written, inflated) => {
    const text = blockText(slug, eid);
    expect(text).toContain(written);
    expect(statesValue(written, inflated, text)).toBe(false);
  });
});

describe('no invented numbers in the real dataset (content/data/compare/targets.json)', () => {
  it('has targets from every plan', () => {
    expect(new Set(DATASET.map((t) => t.plan))).toEqual(new Set(SLUGS));
    expect(DATASET.filter((t) => t.value !== null).length).toBeGreaterThan(40);
  });

  for (const t of DATASET) {
    if (t.value === null) {
      it(`${t.id}: blank, with written null and a "blank" flag`, () => {
        expect(t.written).toBeNull();
        expect(t.flags?.map((f) => f.kind) ?? []).toContain('blank');
      });
      continue;
    }
    it(`${t.id}: "${t.written}" is in the block and states ${t.value}`, () => {
      const text = blockText(t.plan, t.eid);
      expect(t.written).not.toBeNull();
      expect(text).toContain(t.written);
      expect(statesValue(t.written!, t.value!, text)).toBe(true);
      // Stricter than statesValue: the value is the written number itself, or ×10,000 only in a
      // table row whose unit cell is 万元.
      const plain = writtenValue(t.written!);
      const tenThousandColumn = BLOCKS.get(t.plan)!.find((b) => b.eid === t.eid)!.kind === 'row' && text.split(' | ').includes('万元');
      expect(t.value === plain || (tenThousandColumn && Math.round(plain! * 1e4) === t.value), `${t.written} → ${plain}, given ${t.value}`).toBe(true);
      if (t.baseline) {
        expect(text).toContain(t.baseline.written);
        expect(statesValue(t.baseline.written, t.baseline.value, text)).toBe(true);
        const base = writtenValue(t.baseline.written);
        expect(t.baseline.value === base || (tenThousandColumn && Math.round(base! * 1e4) === t.baseline.value), `baseline ${t.baseline.written} → ${base}, given ${t.baseline.value}`).toBe(true);
      }
    });
  }
});

/* ------------------------------------------------------------------------------------------------ */

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A temporary root holding a copy of content/compare/, with `edits` applied to its files' lines. */
function tempRoot(edits: Record<string, (lines: string[]) => void> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'ipatlas-compare-'));
  roots.push(root);
  cpSync(join(REPO, 'content/compare'), join(root, 'content/compare'), { recursive: true });
  cpSync(join(REPO, 'content/glossary/units.yaml'), join(root, 'content/glossary/units.yaml'));
  for (const [rel, edit] of Object.entries(edits)) {
    const path = join(root, rel);
    const lines = readFileSync(path, 'utf8').split('\n');
    edit(lines);
    writeFileSync(path, lines.join('\n'));
  }
  return root;
}

const run = (root: string) => compareOutputs(root, BLOCKS, RESPONSIBILITIES, AGENCIES);

const curated = (rel: string) => readFileSync(join(REPO, rel), 'utf8').split('\n');

/**
 * The lines (0-based indices) of the target with this eid and key in a targets file: its "- eid:"
 * line, the line after its last, and its own fields (the first occurrence inside the item).
 */
function targetItem(lines: string[], eid: string, key: string) {
  for (let k = 0; k < lines.length; k++) {
    if (!new RegExp(`^\\s{0,2}- eid: ['"]?${eid}['"]?\\s*$`).test(lines[k]!)) continue;
    let end = k + 1;
    while (end < lines.length && !/^\s{0,2}- /.test(lines[end]!) && !/^\S/.test(lines[end]!)) end++;
    const field = (name: string) => {
      const i = lines.slice(k, end).findIndex((l) => new RegExp(`^\\s+(- )?${name}:`).test(l));
      if (i < 0) throw new Error(`fixture: no ${name} in target ${eid} ${key}`);
      return k + i;
    };
    if (new RegExp(`^\\s+key: ['"]?${key}['"]?\\s*$`).test(lines[field('key')]!)) return { start: k, end, field };
  }
  throw new Error(`fixture: no target ${eid} ${key}`);
}

describe('compareOutputs on the curated files', () => {
  it('reproduces content/data/compare/ from an unchanged copy (the fixture for the failures below)', () => {
    const out = run(tempRoot());
    for (const rel of ['content/data/compare/targets.json', 'content/data/compare/themes.json', 'content/data/compare/responsibilities.json']) {
      expect(out.get(rel), rel).toBe(readFileSync(join(REPO, rel), 'utf8'));
    }
  });

  // One invented value per plan: the first target that has a value, changed by one.
  for (const slug of SLUGS) {
    it(`${slug}: an invented value fails with the targets file and the line of that target's value`, () => {
      const rel = `content/compare/targets/${slug}.yaml`;
      const data = load(readFileSync(join(REPO, rel), 'utf8')) as { targets: { eid: string; key: string; written: string | null; value: number | null }[] };
      const n = data.targets.findIndex((t) => t.value !== null);
      const t = data.targets[n]!;
      const invented = t.value! + 1;
      const lines = curated(rel);
      const item = targetItem(lines, t.eid, t.key);
      const valueLine = item.field('value');
      expect(lines[valueLine]).toMatch(new RegExp(`^\\s+value: ${String(t.value).replace('.', '\\.')}\\s*$`));
      const e = seedError(() => run(tempRoot({ [rel]: (l) => (l[valueLine] = l[valueLine]!.replace(/value: .*/, `value: ${invented}`)) })));
      expect(e.file).toBe(rel);
      expect(e.line).toBe(valueLine + 1);
      expect(e.line).toBeGreaterThan(item.start);
      expect(e.line).toBeLessThanOrEqual(item.end);
      expect(e.problem).toContain(`target ${n + 1} (${t.eid}, ${t.key})`);
      expect(e.problem).toContain(`value ${invented} is not what "${t.written}" states`);
      expect(e.message).toContain(`${rel}:${valueLine + 1}:`);
    });
  }

  it('an invented baseline fails, naming the baseline and pointing inside that target', () => {
    const rel = 'content/compare/targets/chaozhou.yaml';
    const eid = 'chp_2__sec_3__subsec_2__table_1__row_1';
    const lines = curated(rel);
    const item = targetItem(lines, eid, 'patent-applications');
    const baselineValue = lines.findIndex((l, k) => k > item.start && k < item.end && /^\s+value: 10640\s*$/.test(l));
    expect(baselineValue).toBeGreaterThan(item.start);
    const e = seedError(() => run(tempRoot({ [rel]: (l) => (l[baselineValue] = l[baselineValue]!.replace('10640', '10650')) })));
    expect(e.file).toBe(rel);
    expect(e.problem).toContain(`baseline value 10650 is not what "10640" states`);
    expect(e.line).toBeGreaterThan(item.start);
    expect(e.line).toBeLessThanOrEqual(item.end);
  });

  it('a value ten thousand times the written number fails in a paragraph that says 每万人', () => {
    const rel = 'content/compare/targets/dehua.yaml';
    const lines = curated(rel);
    const item = targetItem(lines, 'chp_2__sec_3__para_1', 'invention-patents-per-10k');
    const valueLine = item.field('value');
    expect(lines[valueLine]).toMatch(/value: 18\s*$/);
    const e = seedError(() => run(tempRoot({ [rel]: (l) => (l[valueLine] = l[valueLine]!.replace('18', '180000')) })));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(valueLine + 1);
    expect(e.problem).toContain('value 180000 is not what "拥有量18件" states');
  });

  it('a "written" that is not in the block fails at its "written" line', () => {
    const rel = 'content/compare/targets/nanan.yaml';
    const eid = 'chp_3__sec_2__subsec_1';
    expect(blockText('nanan', eid)).not.toContain('14.8件');
    const lines = curated(rel);
    const item = targetItem(lines, eid, 'invention-patents-per-10k');
    const [w, v] = [item.field('written'), item.field('value')];
    expect(lines[w]).toMatch(/written: ['"]?14\.3件['"]?\s*$/);
    const e = seedError(() =>
      run(tempRoot({ [rel]: (l) => {
        l[w] = l[w]!.replace('14.3件', '14.8件');
        l[v] = l[v]!.replace('14.3', '14.8');
      } })),
    );
    expect(e.file).toBe(rel);
    expect(e.line).toBe(w + 1);
    expect(e.problem).toContain(`(${eid}, invention-patents-per-10k)`);
    expect(e.problem).toContain('"14.8件" does not occur in the block\'s Chinese text');
    expect(e.fix).toContain(eid);
  });

  it('an unknown indicator key fails at its "key" line', () => {
    const rel = 'content/compare/targets/deyang.yaml';
    const lines = curated(rel);
    const item = targetItem(lines, 'chp_1__sec_2__subsec_1', 'registered-trademarks');
    const k = item.field('key');
    const e = seedError(() => run(tempRoot({ [rel]: (l) => (l[k] = l[k]!.replace('registered-trademarks', 'no-such-indicator')) })));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(k + 1);
    expect(e.problem).toContain('unknown indicator key "no-such-indicator"');
    expect(e.fix).toContain('content/compare/indicators.yaml');
  });

  it('an unknown block ID in the tags fails at its line', () => {
    const rel = 'content/compare/tags/dehua.yaml';
    const lines = curated(rel);
    const tasks = lines.indexOf('tasks:');
    expect(tasks).toBeGreaterThanOrEqual(0);
    expect(BLOCKS.get('dehua')!.some((b) => b.eid === 'chp_9__sec_9__subsec_9')).toBe(false);
    const e = seedError(() => run(tempRoot({ [rel]: (l) => l.splice(tasks + 1, 0, '  chp_9__sec_9__subsec_9: [coordination]') })));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(tasks + 2);
    expect(e.problem).toBe('block chp_9__sec_9__subsec_9 does not exist in dehua');
  });

  it('an unknown theme fails at the line of the block that has it', () => {
    const rel = 'content/compare/tags/dehua.yaml';
    const eid = 'chp_3__sec_2__subsec_4';
    const lines = curated(rel);
    const at = lines.findIndex((l) => l.startsWith(`  ${eid}:`));
    expect(at).toBeGreaterThan(0);
    const e = seedError(() => run(tempRoot({ [rel]: (l) => (l[at] = l[at]!.replace(/\]\s*$/, ', no-such-theme]')) })));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(at + 1);
    expect(e.problem).toBe(`${eid}: unknown theme "no-such-theme"`);
    expect(e.fix).toContain('coordination');
  });

  for (const [section, what] of [['tasks', 'theme'], ['safeguards', 'safeguard category']] as const) {
    it(`an untagged ${section} block fails, listing its ID, at the "${section}:" line`, () => {
      const rel = 'content/compare/tags/huantai.yaml';
      const lines = curated(rel);
      const head = lines.indexOf(`${section}:`);
      const data = load(lines.join('\n')) as Record<string, Record<string, string[]>>;
      const eid = Object.keys(data[section]!).at(-1)!;
      const at = lines.findIndex((l) => l.startsWith(`  ${eid}:`));
      expect(at).toBeGreaterThan(head);
      const e = seedError(() => run(tempRoot({ [rel]: (l) => l.splice(at, 1) })));
      expect(e.file).toBe(rel);
      expect(e.line).toBe(head + 1);
      expect(e.problem).toBe(`1 ${section} block(s) have no ${what}: ${eid}`);
      expect(e.message).toContain(eid);
    });
  }

  it('a missing targets file fails, naming it', () => {
    const root = tempRoot();
    rmSync(join(root, 'content/compare/targets/nanan.yaml'));
    const e = seedError(() => run(root));
    expect(e.file).toBe('content/compare/targets/nanan.yaml');
    expect(e.problem).toBe('the file is missing');
  });
});

/* ------------------------------------------------------------------------------------------------ */

type DatasetCommitment = Commitment & { id: string; plan: string };
type DatasetStatus = StatusFigure & { id: string; plan: string };
const DATA = readJson('content/data/compare/targets.json') as { commitments: DatasetCommitment[]; status: DatasetStatus[]; units: { id: string; zh: string; one: string; other: string }[] };
const partOf = (slug: string, eid: string) => BLOCKS.get(slug)!.find((b) => b.eid === eid)!.part;

describe('directional commitments and status quo figures in the real dataset', () => {
  it('has commitments and status figures, each from a plan that exists', () => {
    expect(DATA.commitments.length).toBeGreaterThan(0);
    expect(DATA.status.length).toBeGreaterThan(0);
    for (const r of [...DATA.commitments, ...DATA.status]) expect(SLUGS).toContain(r.plan);
  });
  for (const c of DATA.commitments) {
    it(`commitment ${c.id}: "${c.written}" is in its goal or task block and states no number`, () => {
      expect(blockText(c.plan, c.eid)).toContain(c.written);
      expect(['goals', 'tasks']).toContain(partOf(c.plan, c.eid));
      expect(c.written).not.toMatch(/[0-9%]/);
    });
  }
  for (const f of DATA.status) {
    it(`status ${f.id}: "${f.written}" is in a background block and states ${f.value}`, () => {
      const text = blockText(f.plan, f.eid);
      expect(text).toContain(f.written);
      expect(partOf(f.plan, f.eid)).toBe('background');
      // Independent of statesValue: the digits written, times 万/亿 where written, are the value.
      const m = /([0-9][0-9,]*(?:\.[0-9]+)?)\s?(万|亿)?/.exec(f.written)!;
      const n = Number(m[1]!.replace(/,/g, '')) * (m[2] === '万' ? 1e4 : m[2] === '亿' ? 1e8 : 1);
      expect(Math.round(n * 1e6) / 1e6).toBe(f.value);
    });
  }
  it('reads a figure with a space before 万: 23.34 万件 is 233,400', () => {
    expect(writtenValue('23.34 万件')).toBe(233_400);
  });
  it('every unit has its rendering from the glossary of units, singular and plural', () => {
    const glossary = load(readFileSync(join(REPO, 'content/glossary/units.yaml'), 'utf8')) as { zh: string; one: string; other: string }[];
    for (const u of DATA.units) expect(glossary.find((g) => g.zh === u.zh), u.id).toMatchObject({ one: u.one, other: u.other });
  });
  it('the plans\' table unit cells are translated as the glossary of units says', () => {
    const glossary = load(readFileSync(join(REPO, 'content/glossary/units.yaml'), 'utf8')) as { zh: string; one: string; other: string }[];
    let checked = 0;
    for (const [, blocks] of BLOCKS) {
      for (const b of blocks.filter((x) => x.kind === 'row')) {
        const zh = b.text.zh.split(' | ');
        const en = b.text.en.split(' | ');
        if (zh.length !== en.length) continue;
        zh.forEach((cell, k) => {
          const g = glossary.find((x) => x.zh === cell);
          if (!g) return;
          checked++;
          expect([g.one, g.other], `${b.eid} cell ${k + 1} (${cell})`).toContain(en[k]);
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** The lines of the n-th list item of a curated file's list (commitments:, figures:). */
function listItem(lines: string[], n: number) {
  const starts = lines.map((l, k) => (/^ {0,2}- eid:/.test(l) ? k : -1)).filter((k) => k >= 0);
  const start = starts[n]!;
  const field = (name: string) => start + lines.slice(start).findIndex((l) => new RegExp(`^\\s+(- )?${name}:`).test(l));
  return { start, field };
}

describe('compareOutputs on commitments and status figures', () => {
  it('a commitment whose wording is not in its block fails at its "written" line', () => {
    const rel = 'content/compare/commitments/dehua.yaml';
    const { field } = listItem(curated(rel), 0);
    const root = tempRoot({ [rel]: (l) => { l[field('written')] = '    written: 大幅提高知识产权质押融资备案金额'; } });
    const e = seedError(() => run(root));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(field('written') + 1);
    expect(e.message).toContain('does not occur');
  });
  it('a commitment that states a number fails: it is a target', () => {
    const rel = 'content/compare/commitments/nanan.yaml';
    const { field } = listItem(curated(rel), 0);
    const root = tempRoot({ [rel]: (l) => { l[field('written')] = '    written: 维权援助和调解（仲裁）案件达到30件'; } });
    expect(seedError(() => run(root)).message).toContain('is a target');
  });
  it('a commitment whose words do not say its direction fails', () => {
    const rel = 'content/compare/commitments/deyang.yaml';
    const { field } = listItem(curated(rel), 0);
    const root = tempRoot({ [rel]: (l) => { l[field('direction')] = '    direction: increase'; } });
    const e = seedError(() => run(root));
    expect(e.line).toBe(field('direction') + 1);
    expect(e.message).toContain('"increase"');
  });
  it('an invented status value fails at its "value" line', () => {
    const rel = 'content/compare/status/chaozhou.yaml';
    const lines = curated(rel);
    const { field } = listItem(lines, 0);
    const given = Number(/value: (\S+)/.exec(lines[field('value')]!)![1]);
    const root = tempRoot({ [rel]: (l) => { l[field('value')] = `    value: ${given + 1}`; } });
    const e = seedError(() => run(root));
    expect(e.file).toBe(rel);
    expect(e.line).toBe(field('value') + 1);
    expect(e.message).toContain(`value ${given + 1} is not what`);
  });
  it('a status figure cited from outside the background section fails', () => {
    const rel = 'content/compare/status/dehua.yaml';
    const { field } = listItem(curated(rel), 0);
    const root = tempRoot({ [rel]: (l) => { l[field('eid')] = '  - eid: chp_2__sec_3__para_1'; } });
    expect(seedError(() => run(root)).message).toContain('not in the background section');
  });
  it('a unit without a rendering in the glossary of units fails at its line in indicators.yaml', () => {
    const rel = 'content/compare/indicators.yaml';
    const root = tempRoot({ [rel]: (l) => { const k = l.findIndex((x) => x.includes('id: transactions')); l[k] = '  - { id: transactions, zh: 笔数 }'; } });
    const e = seedError(() => run(root));
    expect(e.file).toBe(rel);
    expect(e.message).toContain('glossary of units');
  });
});
