import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../../converter/index.ts';
import { evaluateSync } from '@mdx-js/mdx';
import type { Lang } from '../i18n';
import { blockComponents } from './blocks';
import { Fragment, jsx, jsxs, type Component, type Html } from './html';
import { bodyStart, renderPlanMdx } from './render';

/** The same HTML through the general MDX compiler (what Astro's MDX integration runs): the reference the reader is held to. */
function renderPlanMdxCompiled(file: string, lang: Lang): string {
  const source = readFileSync(file, 'utf8');
  const components: Record<string, Component> = Object.fromEntries(Object.entries(blockComponents(lang)).map(([k, c]) => [k, c.render]));
  const { default: Content } = evaluateSync(source.slice(bodyStart(source)), { Fragment, jsx, jsxs, development: false } as unknown as Parameters<typeof evaluateSync>[1]);
  return (Content({ components }) as unknown as Html).value;
}

const root = resolve(import.meta.dirname, '../../..');
const fixture = (mdx: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'plan-body-')), 'p.mdx');
  writeFileSync(file, `---\nslug: "p"\n---\n\n${mdx}\n`);
  return file;
};

describe('renderPlanMdx', () => {
  it('renders the block elements as the site shows them, escaping text and attributes as Astro does', () => {
    const html = renderPlanMdx(
      fixture(`<Region kind="notice">\n\n<Para eid="a" variant="date">x &#x3C; y &#x26; “z” 'q' "r"</Para>\n\n<Item eid="b" num="1．">t<EdRef n={2} /></Item>\n\n</Region>\n\n<Heading eid="h" level={2} num="（一）">H</Heading>\n\n<PlanTable eid="t" label={"表1 & \\"x\\""}><tbody><tr id="r"><td rowspan="2">a<br/>b</td></tr></tbody></PlanTable>`),
      'zh',
    );
    expect(html).toContain('<section class="region region-notice"><p class="region-label" data-ui>印发通知</p>');
    expect(html).toContain(`<p id="a" class="date">x &lt; y &amp; “z” &#39;q&#39; &quot;r&quot;</p>`);
    expect(html).toContain('<p id="b"><span class="num">1．</span>t<sup class="edref" data-ui><a id="edref-2" href="#ednote-2">');
    expect(html).toContain('<div class="hw hw-2"><h3 id="h"><span class="num">（一）</span>H</h3></div>');
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="region" aria-label="表1 &amp; &quot;x&quot;"><table id="t"><tbody><tr id="r"><td rowspan="2">a<br/>b</td></tr></tbody></table></div>');
  });

  it('leaves out an absent ID and class, and gives an echoed note marker no ID', () => {
    const html = renderPlanMdx(fixture('<Para>p</Para>\n\n<Pair eid="x" kind="para" aliases={["old"]}><EdRef n={1} echo /></Pair>'), 'en');
    expect(html).toContain('<p>p</p>');
    expect(html).toContain('<div id="x" class="pair pair-para"><span id="old" class="alias" data-ui></span><sup class="edref" data-ui><a href="#ednote-1">');
  });

  it('links a cited title to the sources page and shows a supplied number as the editors\' in brackets', () => {
    const html = renderPlanMdx(fixture('<Heading eid="h" level={1} supplied="一">总则</Heading>\n\n<Para eid="p">见<DocRef doc="gb-1">&#12298;纲要&#12299;</DocRef></Para>'), 'en');
    expect(html).toContain('<div class="hw hw-1"><h2 id="h"><span class="num supplied-num" data-ui>[一]</span>总则</h2></div>');
    expect(html).toContain('<p id="p">见<a class="doc-ref" href="/en/compare/sources/#doc-gb-1">《纲要》</a></p>');
  });

  it('names the file when it cannot be rendered', () => {
    const file = fixture('<Para eid="a">unclosed');
    expect(() => renderPlanMdx(file, 'zh')).toThrow(file);
  });

  // An element, attribute or syntax the converter starts to write must stop the build, never vanish from the page.
  it.each([
    ['an unknown block element', '<Para eid="a">x</Para>\n\n<Quote eid="b">y</Quote>', /p\.mdx:7:1: <Quote> is not an element the plan renderer knows: teach src\/lib\/plan-body\/blocks\.ts about it/],
    ['an unknown HTML element', '<Para eid="a">x<em>y</em></Para>', /p\.mdx:5:16: <em> is not an element the plan renderer knows: teach src\/lib\/plan-body\/blocks\.ts/],
    ['an unknown attribute', '<Para eid="a" tone="x">y</Para>', /p\.mdx:5:1: <Para> has an attribute "tone" the plan renderer does not know: teach src\/lib\/plan-body\/blocks\.ts/],
    ['an unknown attribute of an HTML element', '<Para eid="a"><span style="x">y</span></Para>', /p\.mdx:5:15: <span> has an attribute "style"/],
    ['an expression', '<Para eid="a">{1 + 1}</Para>', /p\.mdx:5:15: an expression/],
    ['Markdown emphasis', '<Para eid="a">*y*</Para>', /p\.mdx:5:15: an unescaped "\*"/],
    ['a named entity', '<Para eid="a">&amp;</Para>', /p\.mdx:5:15: "&amp;" is not a numeric character reference/],
    ['text outside any element', '<Para eid="a">x</Para>\n\nloose', /p\.mdx:7:1: text outside any element/],
  ])('fails with the file, line and fix on %s', (_what, mdx, message) => {
    expect(() => renderPlanMdx(fixture(mdx), 'zh')).toThrow(message);
  });

  it.each(planSlugs(root))('renders every block ID of %s in both editions and in the parallel view', (slug) => {
    const blocks = JSON.parse(readFileSync(join(root, 'content/data/blocks', `${slug}.json`), 'utf8')).blocks as { eid: string }[];
    for (const file of [`content/plans/zh/${slug}.mdx`, `content/plans/en/${slug}.mdx`, `content/parallel/${slug}.mdx`]) {
      const html = renderPlanMdx(join(root, file), 'zh');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const missing = blocks.filter((b) => !ids.has(b.eid)).map((b) => b.eid);
      expect(missing, file).toEqual([]);
    }
  });
});

describe('the fast reader', () => {
  it.each(planSlugs(root))('renders %s byte for byte as the MDX compiler does, in both editions and the parallel view', (slug) => {
    for (const [file, lang] of [[`content/plans/zh/${slug}.mdx`, 'zh'], [`content/plans/en/${slug}.mdx`, 'en'], [`content/parallel/${slug}.mdx`, 'en']] as const) {
      expect(renderPlanMdx(join(root, file), lang), file).toBe(renderPlanMdxCompiled(join(root, file), lang));
    }
  }, 120_000);
});
