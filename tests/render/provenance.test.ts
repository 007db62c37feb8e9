// Trust: every plan page says whether the plan's stated period has ended as of the build, how the
// text was received (source file and its checksum), its editorial corrections and its change
// history; /data/plans.json carries the same; the terms page exists in both languages. Expected
// values are computed here from the seeds, the hint files and git, not read from the output.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { DIST } from '../support/server.ts';
import { findAll, hasClass, textOf } from '../support/html.ts';

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const plansJson = JSON.parse(readFileSync(join(DIST, 'data/plans.json'), 'utf8')) as { plans: { slug: string; status: { state: string; asOf: string }; provenance: { sha256: string; original: string; corrections: number } }[] };
const planFile = (slug: string) => JSON.parse(readFileSync(join(DIST, 'data/plans', `${slug}.json`), 'utf8')) as { status: { state: string }; history: { state: string; changes: { date: string }[] } };
const hints = (slug: string) => JSON.parse(readFileSync(join(root, 'converter/hints', `${slug}.json`), 'utf8'));
const asOf = plansJson.plans[0]!.status.asOf;

/** Ended when the build's month is after the period's last month (a bare year runs to December). */
const expectedStatus = (slug: string) => {
  const end: string = hints(slug).meta.period.end;
  return asOf.slice(0, 7) > (end.length === 4 ? `${end}-12` : end) ? 'ended' : 'in-force';
};
const sha = (slug: string) => createHash('sha256').update(readFileSync(join(root, 'seeds', `${slug}.txt`))).digest('hex');
const gitDates = (slug: string) => {
  const r = spawnSync('git', ['log', '--no-merges', '--format=%cs', '--', `seeds/${slug}.txt`, `converter/hints/${slug}.json`, `content/translations/en/${slug}.yaml`], { cwd: root, encoding: 'utf8' });
  const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return r.status === 0 && shallow === 'false' ? r.stdout.split('\n').filter(Boolean) : null;
};

describe('status and provenance on every plan page, in both languages', () => {
  it('Nan’an (ended 2024) and Deyang (ended June 2025) are among the plans, so an ended period is shown', () => {
    expect(SLUGS).toEqual(expect.arrayContaining(['nanan', 'deyang']));
  });
  for (const slug of SLUGS) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${lang}/${slug}: status line, source file and checksum, corrections, change history`, () => {
        const doc = parse(html(`${lang}/plans/${slug}`));
        const status = findAll(doc, (el) => hasClass(el, 'plan-status'));
        expect(status).toHaveLength(1);
        expect(status[0]!.attrs.find((a) => a.name === 'data-status')?.value).toBe(expectedStatus(slug));
        const facts = textOf(findAll(doc, (el) => hasClass(el, 'facts'))[0]!);
        expect(facts).toContain(sha(slug));
        expect(facts).toContain(hints(slug).meta.sourceName);
        expect(facts).not.toMatch(/““|””/);
        const history = findAll(doc, (el) => hasClass(el, 'plan-history'));
        expect(history).toHaveLength(1);
        const dates = gitDates(slug);
        if (dates) {
          // A full clone: the page lists every commit that touched the plan's files, newest first.
          expect(history[0]!.attrs.find((a) => a.name === 'data-state')?.value).toBe('complete');
          const shown = findAll(history[0]!, (el) => el.tagName === 'time').map((t) => t.attrs.find((a) => a.name === 'datetime')!.value);
          expect(shown).toEqual([...dates].sort().reverse());
        }
      });
    }
  }

  it('/data/plans.json carries the status and provenance of every plan, and each plan\'s file its history', () => {
    expect(plansJson.plans.map((p) => p.slug).sort()).toEqual([...SLUGS].sort());
    for (const p of plansJson.plans) {
      expect(p.status.state, p.slug).toBe(expectedStatus(p.slug));
      expect(p.provenance.sha256).toBe(sha(p.slug));
      expect(p.provenance.corrections).toBe((hints(p.slug).corrections ?? []).length);
      const own = planFile(p.slug);
      expect(own.status.state, p.slug).toBe(p.status.state);
      expect(['complete', 'shallow', 'unavailable']).toContain(own.history.state);
    }
  });
});

describe('terms of use', () => {
  const terms = { zh: html('zh/about/terms'), en: html('en/about/terms') };
  it('in both languages: Article 5, the licence with its attribution, the Chinese prevails, a contact; a footnote in Markdown', () => {
    expect(terms.en).toContain('Article 5 of the Copyright Law');
    expect(terms.zh).toContain('著作权法》第五条');
    for (const t of Object.values(terms)) {
      expect(t).toContain('CC BY 4.0');
      expect(t).toContain('<blockquote>');
      expect(t).toMatch(/<section[^>]*class="footnotes"/);
    }
    expect(terms.en).toContain('the Chinese text prevails');
    expect(terms.zh).toContain('以中文原文为准');
    expect(terms.en).toContain('Contact');
    expect(terms.zh).toContain('联系方式');
  });
  it('every page links to it from the footer', () => {
    for (const lang of ['zh', 'en']) expect(html(`${lang}/glossary`)).toContain(`href="/${lang}/about/terms/"`);
  });
});

describe('consistent wording', () => {
  it('Nan’an has one spelling (curly apostrophe) on every page', () => {
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    const straight = files.filter((f) => readFileSync(join(DIST, f), 'utf8').includes("Nan'an"));
    expect(files.length).toBeGreaterThan(50);
    expect(straight).toEqual([]);
  });

  it('Chaozhou’s headings show the numbers its citations use, marked as supplied, with a note', () => {
    for (const lang of ['zh', 'en']) {
      const doc = parse(html(`${lang}/plans/chaozhou`));
      const headings = findAll(findAll(doc, (el) => hasClass(el, 'plan-body'))[0]!, (el) => /^h[2-4]$/.test(el.tagName));
      expect(headings.length).toBeGreaterThan(20);
      for (const h of headings) expect(findAll(h, (el) => hasClass(el, 'supplied-num')), textOf(h)).toHaveLength(1);
      expect(findAll(doc, (el) => hasClass(el, 'numbering-note'))).toHaveLength(1);
    }
    const blocks = JSON.parse(readFileSync(join(root, 'content/data/blocks/chaozhou.json'), 'utf8')).blocks as { eid: string; label: { zh: string; en: string } }[];
    expect(blocks.find((b) => b.eid === 'chp_4__sec_2__para_1')!.label).toEqual({ zh: '四、（二） 第1段', en: 'Part 4, Section (2), paragraph 1' });
  });
});
