import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import remarkGfmAuthored from './gfm-authored';

const root = resolve(import.meta.dirname, '../..');
const authored = (path: string) => path.includes('/content/pages/');
const SOURCE = '| a | b |\n|---|---|\n| 1 | 2 |\n\nSee www.example.com and a note.[^1]\n\n[^1]: The note.\n';
const html = async (path: string) => String(await compile({ path, value: SOURCE }, { remarkPlugins: [[remarkGfmAuthored, { authored }]] }));

describe('GFM for authored pages only', () => {
  it('an authored page gets tables, footnotes and autolinks', async () => {
    const out = await html(join(root, 'content/pages/en/x.mdx'));
    expect(out).toContain('"table"');
    expect(out).toContain('footnote');
    expect(out).toContain('http://www.example.com');
  });

  it('a generated plan file gets none of them: its text stays as written', async () => {
    const out = await html(join(root, 'content/plans/zh/x.mdx'));
    expect(out).not.toContain('"table"');
    expect(out).not.toContain('footnote');
    expect(out).not.toContain('http://www.example.com');
  });
});

describe('authored pages are Markdown', () => {
  const dir = join(root, 'content/pages');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  it('finds the authored pages (about, data, terms in both languages)', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  for (const f of files) {
    it(`${f} has no hand-built table, heading or paragraph markup`, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(text).not.toMatch(/<(table|tr|td|th|h[1-6]|p)[\s>]/i);
    });
  }
});
