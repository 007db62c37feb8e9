// Gate 6: bad input stops the build with a message naming the file, and no site comes out.
// Each case copies the project into a temporary folder, breaks one thing there and runs the build
// of that copy; the real project is never touched.
//
// Frontmatter cases: content/plans/*.mdx is generated. A full build re-runs the converter, which
// rewrites content/ from seeds/ and converter/hints/, so a hand edit to the MDX would be overwritten
// before Astro sees it. The real way a bad frontmatter field reaches the site is therefore through
// the hint file (converter/hints/<slug>.json `meta` is copied into the frontmatter): those cases run
// the full `node scripts/build.ts` and must be stopped by the collection schema. One more case edits
// the MDX by hand and runs only the Astro stage, to prove the schema also guards content/ by itself.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { astroBuild, copyProject, fullBuild, type Run } from '../support/project.ts';
import { decodeEntities } from './checks/html.ts';

const edit = (dir: string, file: string, change: (text: string) => string) => {
  const p = join(dir, file);
  const before = readFileSync(p, 'utf8');
  const after = change(before);
  expect(after, `the test's edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(p, after);
};

/** The assertions every failing case shares. */
function expectStopped(dir: string, run: Run, file: string, problem: RegExp): void {
  const tail = run.output.split('\n').filter((l) => l.trim()).slice(-25).join('\n');
  expect(run.status, `the build should fail; it exited ${run.status}:\n${tail}`).not.toBe(0);
  expect(run.output, `the message should name ${file}:\n${tail}`).toContain(file);
  expect(run.output, `the message should say what is wrong (${problem}):\n${tail}`).toMatch(problem);
  expect(existsSync(join(dir, 'dist')), 'a failed build must not produce dist/').toBe(false);
  expect(readdirSync(dir).filter((n) => n.startsWith('dist')), 'no partial build output may be left').toEqual([]);
}

const SEED = 'seeds/deyang.txt';
const HINTS = 'converter/hints/deyang.json';
const MDX = 'content/plans/zh/deyang.mdx';
const UNITS = 'content/translations/en/deyang.yaml';

type Units = { units: Record<string, { zh: unknown; en: unknown }> };
/** Edits the Deyang translation units in a copy, as a translator would. */
const editUnits = (dir: string, change: (u: Units['units']) => void) =>
  edit(dir, UNITS, (text) => {
    const data = load(text) as Units;
    change(data.units);
    return dump(data, { lineWidth: -1 });
  });

describe('bad input stops the build', () => {
  it('MDX-special characters in the source text are not bad input: the page shows them literally', () => {
    const dir = copyProject();
    // MDX syntax, Markdown emphasis/links/code, GFM autolink literals and the ASCII quotes and dashes
    // that smart punctuation would curl: all must come out exactly as typed.
    const literal = '{甲}<乙>`丙` *丁* [戊](x) "己" \'庚\' -- ... www.example.com ip@example.cn https://example.cn/a';
    // The English side uses Latin letters: the house style check rightly stops Chinese in the English.
    const literalEn = '{A}<B>`C` *D* [E](x) "F" \'G\' -- ... www.example.com ip@example.cn https://example.cn/a';
    // Inside the first plain paragraph (a line that starts with a CJK character, not a number).
    let done = false;
    let before = '';
    let after = '';
    edit(dir, SEED, (t) =>
      t.split('\n').map((line) => {
        const m = /^([\s\u3000]*)([\u4e00-\u9fff])([\u4e00-\u9fff].{30,})$/.exec(line);
        if (done || !m || /^[一二三四五六七八九十]+、/.test(m[2]! + m[3]!)) return line;
        done = true;
        [before, after] = [m[2]! + m[3]!, `${m[2]}${literal}${m[3]}`];
        return `${m[1]}${after}`;
      }).join('\n'),
    );
    // The translator's side of the same change: the unit follows the new Chinese, its English quotes the literal too.
    editUnits(dir, (units) => {
      const unit = Object.values(units).find((u) => u.zh === before)!;
      expect(unit, 'the edited paragraph has a translation unit').toBeTruthy();
      unit.zh = after;
      unit.en = `${literalEn} ${unit.en}`;
    });
    const run = fullBuild(dir);
    expect(run.status, run.output.slice(-3000)).toBe(0);
    for (const lang of ['zh', 'en']) {
      const html = readFileSync(join(dir, `dist/${lang}/plans/deyang/index.html`), 'utf8');
      const text = decodeEntities(html.replace(/<[^>]*>/g, ''));
      expect(text).toContain(lang === 'zh' ? literal : literalEn);
      expect(html).not.toContain('<乙>');
      expect(html).not.toContain('<B>');
      // In the plan's text (the page around it may set file names as code), nothing became markup.
      const body = html.slice(html.indexOf('class="plan-body"'), html.indexOf('class="editorial-notes"'));
      expect(body.length).toBeGreaterThan(1000);
      expect(body).not.toMatch(/<a [^>]*href="(https?:\/\/|mailto:|x")/);
      expect(body).not.toMatch(/<(em|code)>/);
    }
  });

  it('a translation unit whose Chinese changed (stale): named with its file, line, block ID, old and new Chinese', () => {
    const dir = copyProject();
    const id = 'chp_2__sec_2';
    editUnits(dir, (units) => (units[id]!.zh = '强化知识产权保护'));
    const run = fullBuild(dir);
    expectStopped(dir, run, UNITS, new RegExp(`unit ${id} is stale: the Chinese was "强化知识产权保护" and is now "强化知识产权保护，营造公平竞争市场环境"`));
    expect(run.output).toMatch(new RegExp(`${UNITS.replace(/\./g, '\\.')}:\\d+`));
  });

  it('a block with no translation, and a translation file that is not YAML', () => {
    const dir = copyProject();
    editUnits(dir, (units) => delete units.chp_3__sec_2__para_1);
    expectStopped(dir, fullBuild(dir), UNITS, /block chp_3__sec_2__para_1 has no translation unit/);
    const broken = copyProject();
    edit(broken, UNITS, (t) => t.replace(/\n {4}en: /, '\n    en: "unclosed '));
    expectStopped(broken, fullBuild(broken), UNITS, /not valid YAML/);
  });

  it('a frontmatter field with a value the schema does not allow (level in the hint file)', () => {
    const dir = copyProject();
    edit(dir, HINTS, (t) => t.replace(/"level":\s*"[^"]*"/, '"level": "village"'));
    // The converter checks the frontmatter with the site's schema before writing anything,
    // so the message names the hint file and the line of the field.
    const run = fullBuild(dir);
    expectStopped(dir, run, `${HINTS}:7`, /frontmatter field "level"/);
  });

  it('a required frontmatter field that is missing (kind removed from the hint file)', () => {
    const dir = copyProject();
    edit(dir, HINTS, (t) => t.replace(/\s*"kind":\s*"[^"]*",?/, ''));
    expectStopped(dir, fullBuild(dir), HINTS, /frontmatter field "kind" is missing/);
  });

  it('a frontmatter field broken by hand in content/ (Astro stage alone)', () => {
    const dir = copyProject();
    edit(dir, MDX, (t) => t.replace(/^level: .*$/m, 'level: "village"'));
    expectStopped(dir, astroBuild(dir), MDX, /level/);
  });

  // The plan pages render the converter's MDX with a reader of the elements it writes
  // (src/lib/plan-body/): an element the converter starts to write and the reader does not know
  // must stop the build, naming where it is, not vanish from the page.
  it('an element the converter writes that the plan renderer does not know', () => {
    const dir = copyProject();
    edit(dir, 'converter/stages/emit.ts', (t) => t.replaceAll('DocTitle', 'Verse'));
    const run = fullBuild(dir);
    const m = /(content\/[\w/]+\.mdx):(\d+):(\d+): <Verse> is not an element the plan renderer knows/.exec(run.output);
    expect(m, run.output.slice(-3000)).not.toBeNull();
    const [, file, line, column] = m!;
    expect(readFileSync(join(dir, file!), 'utf8').split('\n')[Number(line) - 1]!.slice(Number(column) - 1)).toMatch(/^<Verse[ >]/);
    expectStopped(dir, run, `${file}:${line}:${column}`, /teach src\/lib\/plan-body\/blocks\.ts about it/);
  });

  it('a duplicate ID (a numbered line repeated in the seed)', () => {
    const dir = copyProject();
    let done = false;
    edit(dir, SEED, (t) =>
      t.split('\n').flatMap((line) => {
        if (done || !/^[\s\u3000]*\d+[.．]/.test(line)) return [line];
        done = true;
        return [line, line];
      }).join('\n'),
    );
    expectStopped(dir, fullBuild(dir), SEED, /two blocks claim the ID|duplicate/i);
  });

  it('a block ID referenced but missing (an alias to an eId the plan does not have)', () => {
    const dir = copyProject();
    mkdirSync(join(dir, 'content/ids'), { recursive: true });
    writeFileSync(join(dir, 'content/ids/aliases.json'), `${JSON.stringify({ deyang: { old_id: 'chp_9' } })}\n`);
    expectStopped(dir, fullBuild(dir), 'content/ids/aliases.json', /chp_9/);
  });

  it('a seed that is not UTF-8 (Latin-1 bytes)', () => {
    const dir = copyProject();
    const bytes = readFileSync(join(dir, SEED));
    const cut = bytes.indexOf(0x0a) + 1;
    writeFileSync(join(dir, SEED), Buffer.concat([bytes.subarray(0, cut), Buffer.from('Caf\u00e9 na\u00efve \u00a7 ', 'latin1'), bytes.subarray(cut)]));
    expectStopped(dir, fullBuild(dir), SEED, /UTF-8/);
  });
});
