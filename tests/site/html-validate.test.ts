// Gate 3: html-validate (recommended preset, .htmlvalidate.json) over every built page: zero errors.
// Rules turned off or narrowed are listed with their reasons in docs/quality-gates.md.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/server.ts';
import { fileOfPath } from './checks/html.ts';

const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData & { $schema?: string };
delete config.$schema;
const validator = new HtmlValidate(new StaticConfigLoader(config));

async function errors(html: string, filename: string): Promise<(Message & { file: string })[]> {
  const report = await validator.validateString(html, filename);
  return report.results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => ({ ...m, file: r.filePath })));
}

describe('HTML validity of the built site', () => {
  it('every built page validates with zero errors', async () => {
    const pages = builtPages();
    const found: (Message & { file: string })[] = [];
    for (const page of pages) {
      const file = fileOfPath(page);
      found.push(...(await errors(readFileSync(join(DIST, file), 'utf8'), `dist/${file}`)));
    }
    // html-validate accepts markup after </html> (a browser moves it into the body): the build must not write any.
    const trailing = pages.map(fileOfPath).filter((file) => !/<\/html>\s*$/.test(readFileSync(join(DIST, file), 'utf8')));
    expect(trailing, 'pages with markup after </html>').toEqual([]);
    const text = found.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`).join('\n');
    console.log(`html-validate: ${pages.length} pages, ${found.length} errors`);
    expect(found.length, `html-validate errors:\n${text}`).toBe(0);
  });
});

describe('the validator set-up itself (fixture)', () => {
  it('every rule the config changes from the preset has a written reason in docs/quality-gates.md', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/quality-gates.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/^\| `([\w/-]+)` \|/gm)].map((m) => m[1]));
    const changed = Object.keys(config.rules ?? {});
    expect(changed.filter((r) => !documented.has(r)), 'rules changed in .htmlvalidate.json without a reason in docs/quality-gates.md').toEqual([]);
  });

  it('reports errors on broken markup', async () => {
    const broken = '<!doctype html><html lang="zh"><head><title>x</title></head><body><main><p id="a">one<p id="a">two</div><img src="x.png"><button>go</button></main></body></html>';
    const rules = (await errors(broken, 'broken.html')).map((m) => m.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'close-order', 'wcag/h37', 'no-implicit-button-type']));
  });

  it('accepts the patterns the site relies on (scrollable region div, CSP meta)', async () => {
    const ok = '<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>x</title><meta http-equiv="content-security-policy" content="script-src \'self\'"></head><body><main><div class="table-scroll" tabindex="0" role="region" aria-label="表"><table><tbody><tr><td>a<br/>b</td></tr></tbody></table></div></main></body></html>';
    expect(await errors(ok, 'ok.html')).toEqual([]);
  });
});
