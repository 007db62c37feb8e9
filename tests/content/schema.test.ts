import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planSlugs } from '../../converter/index.ts';
import { planSchema } from '../../src/schemas/plan.ts';

const root = resolve(import.meta.dirname, '../..');
const SLUGS = planSlugs(root);
const frontmatter = (slug: string, lang = 'zh') => {
  const text = readFileSync(join(root, `content/plans/${lang}`, `${slug}.mdx`), 'utf8');
  return loadYaml(text.split(/^---$/m)[1]!) as Record<string, unknown>;
};
const issues = (data: unknown) => {
  const r = planSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('plan frontmatter schema', () => {
  for (const slug of SLUGS) {
    it(`accepts the generated frontmatter of ${slug}, in Chinese and in English`, () => {
      expect(issues(frontmatter(slug))).toEqual([]);
      expect(issues(frontmatter(slug, 'en'))).toEqual([]);
    });
  }

  const base = () => frontmatter('deyang');
  it('rejects an unknown administrative level, naming the field', () => {
    expect(issues({ ...base(), level: 'village' })[0]).toMatch(/^level:/);
  });
  it('rejects a missing plan kind', () => {
    const { kind: _, ...rest } = base();
    expect(issues(rest)[0]).toMatch(/^kind:/);
  });
  it('rejects a malformed checksum', () => {
    const b = base();
    expect(issues({ ...b, source: { ...(b.source as object), sha256: 'abc' } })[0]).toMatch(/^source\.sha256:/);
  });
  it('requires a reason when the issue date is unknown', () => {
    expect(issues({ ...base(), issued: { date: null, reason: null } })).toContain(
      'issued.reason: issued.date is null, so issued.reason must say why (e.g. "not stated in the text")',
    );
  });
  it('rejects a period that ends before it starts, and month precision beyond 12', () => {
    const b = base();
    expect(issues({ ...b, period: { ...(b.period as object), start: '2026' } })[0]).toMatch(/^period/);
    expect(issues({ ...b, period: { ...(b.period as object), end: '2025-13' } })[0]).toMatch(/^period\.end:/);
  });
  it('rejects fields it does not know (a typo is not silently ignored)', () => {
    expect(issues({ ...base(), titel: 'x' })[0]).toMatch(/titel/);
  });
  it('rejects an outline entry whose eId is not ASCII', () => {
    const b = base();
    const outline = [{ eid: '第一章', level: 1, num: null, text: 'x' }];
    expect(issues({ ...b, outline })[0]).toMatch(/^outline\.0\.eid:/);
  });
});
