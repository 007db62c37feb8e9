import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { SeedError } from '../errors.ts';
import { convertAll, convertInto, convertPlan, planSlugs, writeOutputs } from '../index.ts';
import { stagingDir } from '../staging.ts';

/** End to end: a malformed seed fails with its file and line, and nothing is written. */

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DEYANG = readFileSync(join(REPO, 'seeds/deyang.txt'), 'utf8').split('\n');
const SEED = 'seeds/deyang.txt';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A temporary repo layout: every hint file, every seed, deyang's replaced by `seed`. */
function tempRoot(seed: string | Uint8Array, withConverter = false): string {
  const root = mkdtempSync(join(tmpdir(), 'ipatlas-malformed-'));
  roots.push(root);
  if (withConverter) {
    cpSync(join(REPO, 'converter'), join(root, 'converter'), { recursive: true, filter: (src) => !src.includes(`${join('converter', 'test')}`) });
    // The converter validates frontmatter with the site's schema, which needs zod from node_modules.
    cpSync(join(REPO, 'src/schemas'), join(root, 'src/schemas'), { recursive: true });
    // The converter names blocks with the labels the browser also uses.
    cpSync(join(REPO, 'src/shared'), join(root, 'src/shared'), { recursive: true });
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  }
  else cpSync(join(REPO, 'converter/hints'), join(root, 'converter/hints'), { recursive: true });
  // content/compare: the list of cited documents, which a plan's text links its 《》 titles to.
  for (const dir of ['content/ids', 'content/translations', 'content/glossary', 'content/compare']) {
    if (existsSync(join(REPO, dir))) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
  }
  mkdirSync(join(root, 'seeds'));
  for (const slug of planSlugs(REPO)) cpSync(join(REPO, `seeds/${slug}.txt`), join(root, `seeds/${slug}.txt`));
  writeFileSync(join(root, SEED), seed);
  return root;
}

/** deyang.txt with `edit` applied to its lines (1-based line numbers as in an editor). */
function deyang(edit: (lines: string[]) => void): string {
  const lines = [...DEYANG];
  edit(lines);
  return lines.join('\n');
}

/** Line numbers of the lines the corruptions below touch, checked against the real seed. */
const NOTE_LINE = 9; // ends with a [责任单位：…] note
const GUIDE_LINE = 4; // （一）指导思想
const PARA_LINE = 5; // first paragraph under it

const cases: [string, () => string | Uint8Array, number | undefined, RegExp][] = [
  ['an empty seed', () => '', undefined, /the seed is empty/],
  [
    'a seed with GB18030 bytes on line 5',
    () => {
      const head = Buffer.from(DEYANG.slice(0, PARA_LINE - 1).join('\n') + '\n');
      return Buffer.concat([head, Buffer.from([0xb2, 0xfa, 0xc8, 0xa8]), Buffer.from('\n' + DEYANG.slice(PARA_LINE).join('\n'))]);
    },
    PARA_LINE,
    /not valid UTF-8/,
  ],
  ['an unclosed [责任单位 note', () => deyang((l) => (l[NOTE_LINE - 1] = l[NOTE_LINE - 1]!.replace(/]$/, ''))), NOTE_LINE, /never closed/],
  ['two blocks claiming one ID', () => deyang((l) => l.splice(PARA_LINE, 0, l[GUIDE_LINE - 1]!)), PARA_LINE + 1, /two blocks claim the ID chp_1__sec_1 \(lines 4 and 6\)/],
  ['a tab-led line in the body (unknown table shape)', () => deyang((l) => l.splice(PARA_LINE, 0, '\t项目')), PARA_LINE + 1, /shape is unknown/],
];

describe('malformed deyang seed', () => {
  it('the corruptions touch the lines they mean to', () => {
    expect(DEYANG[NOTE_LINE - 1]).toMatch(/\[责任单位：[^\]]*\]$/);
    expect(DEYANG[GUIDE_LINE - 1]!.trim()).toBe('（一）指导思想');
    expect(DEYANG[PARA_LINE - 1]!.trim()).toMatch(/^坚持/);
  });

  it.each(cases)('%s fails with the seed file and line, and nothing is written', (_, make, line, problem) => {
    const root = tempRoot(make());
    let error: unknown;
    try {
      convertPlan(root, 'deyang');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedError);
    const e = error as SeedError;
    expect(e.file).toBe(SEED);
    expect(e.line).toBe(line);
    expect(e.problem).toMatch(problem);
    expect(e.message.startsWith(line ? `${SEED}:${line}: ` : `${SEED}: `)).toBe(true);

    // All five plans, deyang last: the four good ones must not be written either.
    expect(() => writeOutputs(root, convertAll({ root }))).toThrow(SeedError);
    expect(existsSync(join(root, 'content/plans'))).toBe(false);
    expect(existsSync(join(root, 'content/data'))).toBe(false);
    expect(existsSync(join(root, 'content/reports'))).toBe(false);

    // The staged conversion: the four good plans were staged, but content/ keeps what it had and the staging folder is gone.
    mkdirSync(join(root, 'content/data/blocks'), { recursive: true });
    writeFileSync(join(root, 'content/data/blocks/dehua.json'), 'from the previous conversion');
    expect(() => convertInto({ root })).toThrow(SeedError);
    expect(readFileSync(join(root, 'content/data/blocks/dehua.json'), 'utf8')).toBe('from the previous conversion');
    expect(existsSync(join(root, 'content/plans'))).toBe(false);
    expect(existsSync(stagingDir(root))).toBe(false);
  });

  it('the CLI exits 1, names the file and line on stderr, and writes nothing', () => {
    const root = tempRoot(cases[2]![1](), true);
    const run = spawnSync(process.execPath, [join(root, 'converter/cli.ts')], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('convert failed, nothing written.');
    expect(run.stderr).toContain(`${SEED}:${NOTE_LINE}: the responsibility note opened with "[责任单位" is never closed`);
    expect(run.stdout).toBe('');
    expect(existsSync(join(root, 'content/plans'))).toBe(false);
  });

  it('the CLI on the unmodified seeds succeeds in the same layout (so the failure above is the corruption)', () => {
    const root = tempRoot(DEYANG.join('\n'), true);
    const run = spawnSync(process.execPath, [join(root, 'converter/cli.ts'), 'deyang'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(join(root, 'content/plans/zh/deyang.mdx'))).toBe(true);
  });
});
