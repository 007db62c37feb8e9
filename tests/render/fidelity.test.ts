import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { parse } from 'parse5';
import { DIST } from '../support/server.ts';
import { findAll, hasClass, textOf } from '../support/html.ts';

/**
 * Nothing of the source is lost or changed silently: the text of each rendered plan body equals
 * the seed's text minus Word revision lines, bookmark tags and `**` bold marks (kept as <strong>),
 * with the hint file's editorial corrections applied — whitespace ignored. Deliberately written
 * without the converter's code, so a converter bug cannot hide itself.
 */

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const REVISION = /^(设置格式|删除)\[[^\]]*\]:/;
const squash = (s: string) => s.replace(/\s+/g, '');

interface Correction { line: number; find: string; replace: string }

function expectedText(slug: string): { text: string; removed: Record<string, number>; corrections: number } {
  const seed = readFileSync(join(root, 'seeds', `${slug}.txt`), 'utf8').split('\n');
  const hints = JSON.parse(readFileSync(join(root, 'converter/hints', `${slug}.json`), 'utf8'));
  const removed = { '设置格式': 0, '删除': 0, bookmark: 0, bold: 0 } as Record<string, number>;
  const lineStart = new Map<number, number>();
  let text = '';
  seed.forEach((line, k) => {
    const m = REVISION.exec(line);
    if (m) {
      removed[m[1]!]!++;
      return;
    }
    let l = line.replace(/^\s*\[bookmark: [^\]]+\]/, () => (removed.bookmark!++, ''));
    l = l.replace(/\*\*/g, () => (removed.bold!++, ''));
    lineStart.set(k + 1, text.length);
    text += squash(l);
  });
  const corrections: Correction[] = hints.corrections ?? [];
  // Apply from the last line backwards so earlier offsets stay valid.
  for (const c of [...corrections].sort((a, b) => b.line - a.line)) {
    const at = text.indexOf(squash(c.find), lineStart.get(c.line));
    if (at < 0) throw new Error(`${slug}: correction at line ${c.line} not found in the seed`);
    text = text.slice(0, at) + squash(c.replace) + text.slice(at + squash(c.find).length);
  }
  return { text, removed, corrections: corrections.length };
}

const pageHtml = (slug: string) => readFileSync(join(DIST, 'zh/plans', slug, 'index.html'), 'utf8');

/** Text of the plan body of a page, site chrome (`data-ui`) excluded, whitespace removed. */
function renderedText(html: string): string {
  const body = findAll(parse(html), (el) => hasClass(el, 'plan-body'));
  expect(body).toHaveLength(1);
  return squash(textOf(body[0]!));
}

/** Where the rendered text first departs from the expected text, or -1. */
function firstDifference(expected: string, rendered: string): number {
  if (expected === rendered) return -1;
  let i = 0;
  while (expected[i] === rendered[i]) i++;
  return i;
}

describe('the rendered Chinese plans are faithful to their seeds', () => {
  for (const slug of SLUGS) {
    it(`${slug}: rendered body text = seed − artefacts + recorded corrections`, () => {
      const { text, removed, corrections } = expectedText(slug);
      const rendered = renderedText(pageHtml(slug));
      const i = firstDifference(text, rendered);
      if (i >= 0) {
        expect.fail(`${slug}: first difference at character ${i}\n  seed:     …${text.slice(Math.max(0, i - 20), i + 40)}\n  rendered: …${rendered.slice(Math.max(0, i - 20), i + 40)}`);
      }
      console.log(`fidelity ${slug}: ${[...text].length} characters equal; removed ${removed['设置格式']} 设置格式 + ${removed['删除']} 删除 revision lines, ${removed.bookmark} bookmark tags, ${removed.bold / 2} bold pairs; ${corrections} corrections`);
    });
  }

  it('notices a lost character, an added word and a hidden paragraph in a page', () => {
    const { text } = expectedText('deyang');
    const html = pageHtml('deyang');
    expect(firstDifference(text, renderedText(html))).toBe(-1);
    // Change the task's paragraph, not its outline entry (which has the same words).
    const para = html.indexOf('<p id="chp_2__sec_2__subsec_7">');
    const inPara = (from: string, to: string) => html.slice(0, para) + html.slice(para).replace(from, to);
    const lost = inPara('强化“三星堆”品牌全方位保护', '强化“三星”品牌全方位保护');
    const added = inPara('强化“三星堆”品牌全方位保护', '强化“三星堆”品牌全方位综合保护');
    const hidden = html.replace('<p id="chp_2__sec_2__subsec_7">', '<p id="chp_2__sec_2__subsec_7" data-ui>');
    for (const changed of [lost, added, hidden]) {
      expect(changed).not.toBe(html);
      expect(firstDifference(text, renderedText(changed))).toBeGreaterThan(0);
    }
  });
});
