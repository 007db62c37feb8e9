// The English edition has the Chinese structure: every block at the same address with the same
// nesting, on the reading pages and in the parallel view. Every English page says it is a
// reference translation, and every page declares its language.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/server.ts';
import { findAll, hasClass, textOf } from '../support/html.ts';

type Element = DefaultTreeAdapterMap['element'];
const root = resolve(import.meta.dirname, '../..');
const page = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const id = (el: Element) => el.attrs.find((a) => a.name === 'id')?.value;
// Block IDs (eIds), not the page's own anchors (edref-1, ednote-1, toc-heading…).
const EID = /^(title|notice|preamble|attachments|colophon|chp|annex)(_\d+)?(__[a-z]+(_\d+)?)*$/;

/** Each block ID in the plan body with the chain of block IDs it sits inside. */
function blockTree(path: string): string[] {
  const body = findAll(page(path), (el) => hasClass(el, 'plan-body'))[0]!;
  const out: string[] = [];
  const walk = (el: Element, chain: string[]) => {
    const own = id(el);
    const next = own && EID.test(own) ? [...chain, own] : chain;
    if (next !== chain) out.push(next.join(' > '));
    for (const k of el.childNodes) if ('tagName' in k) walk(k, next);
  };
  walk(body, []);
  return out;
}

describe('ID parity between the editions', () => {
  for (const slug of planSlugs(root)) {
    it(`${slug}: the English page has every Chinese block ID, nested alike, and no other`, () => {
      const zh = blockTree(`zh/plans/${slug}`);
      const en = blockTree(`en/plans/${slug}`);
      expect(zh.length).toBeGreaterThan(40);
      expect(en).toEqual(zh);
      console.log(`id parity ${slug}: ${zh.length} block IDs, same nesting in zh and en`);
    });

    it(`${slug}: the parallel view carries every block ID once, in both languages' pages`, () => {
      const ids = new Set(blockTree(`zh/plans/${slug}`).map((c) => c.split(' > ').at(-1)!));
      for (const lang of ['zh', 'en']) {
        const all = findAll(page(`${lang}/plans/${slug}/parallel`), (el) => !!id(el) && EID.test(id(el)!)).map((el) => id(el)!);
        expect(new Set(all)).toEqual(ids);
        expect(all.length).toBe(ids.size);
      }
    });
  }
});

describe('every page', () => {
  const pages = builtPages().filter((p) => p !== '/404.html' && p !== '/');
  it('declares its edition’s language on <html>', () => {
    for (const p of pages) {
      const html = findAll(page(p), (el) => el.tagName === 'html')[0]!;
      expect(html.attrs.find((a) => a.name === 'lang')?.value, p).toBe(p.startsWith('/en/') ? 'en' : 'zh-Hans');
    }
  });

  it('in English, a plan text says it is a reference translation and that the Chinese prevails', () => {
    const english = pages.filter((p) => /^\/en\/plans\/[^/]+\//.test(p));
    expect(english.length).toBeGreaterThanOrEqual(planSlugs(root).length * 2);
    for (const p of english) {
      const note = findAll(page(p), (el) => hasClass(el, 'reference'))[0];
      expect(note && textOf(note), p).toMatch(/reference translation of the Chinese original; the Chinese text prevails/);
    }
  });
});

describe('the about page', () => {
  for (const lang of ['zh', 'en']) {
    it(`${lang}: lists every editorial note of every plan, with its text in that edition, linked to the note`, () => {
      const about = page(`${lang}/about`);
      // The index's own links (the Chinese page's conversion report links the notes too).
      const links = findAll(about, (el) => hasClass(el, 'ednote-index')).flatMap((sec) => findAll(sec, (el) => el.tagName === 'a' && /#ednote-\d+$/.test(el.attrs.find((a) => a.name === 'href')?.value ?? '')));
      let total = 0;
      for (const slug of planSlugs(root)) {
        // Expected: the notes as the plan's own page shows them.
        const notes = findAll(page(`${lang}/plans/${slug}`), (el) => /^ednote-\d+$/.test(id(el) ?? ''));
        const listed = links.filter((a) => a.attrs.find((x) => x.name === 'href')!.value.includes(`/plans/${slug}/#`));
        expect(listed.map((a) => a.attrs.find((x) => x.name === 'href')!.value.split('#')[1]), `${lang} ${slug}`).toEqual(notes.map((n) => id(n)));
        const texts = (root_: Element) => findAll(root_, (el) => hasClass(el, 'ednote-text')).map((el) => textOf(el).trim());
        const index = findAll(about, (el) => id(el) === `ednotes-${slug}`)[0];
        if (notes.length) expect(texts(index!.parentNode as Element), `${lang} ${slug}`).toEqual(notes.flatMap((n) => texts(n)));
        total += notes.length;
      }
      expect(total).toBeGreaterThan(0);
      console.log(`about ${lang}: ${total} editorial notes listed`);
    });
  }
});
