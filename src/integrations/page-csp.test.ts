import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from './page-csp.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const page = (head: string, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('per-page CSP', () => {
  it('allows only the site itself when a page has no inline code', () => {
    const p = policyFor(page('<link rel="stylesheet" href="/_astro/a.css">', '<script src="/_astro/x.js"></script>'));
    expect(p).toContain("script-src 'self';");
    expect(p).toContain("style-src 'self';");
    expect(p).toContain("default-src 'self'");
    expect(p).not.toMatch(/unsafe|https?:|\*/);
  });

  it('hashes exactly the inline scripts and styles of that page', () => {
    const js = 'console.log(1)';
    const css = 'p{color:red}';
    const p = policyFor(page(`<style>${css}</style>`, `<script type="module">${js}</script>`));
    expect(p).toContain(`script-src 'self' ${hash(js)};`);
    expect(p).toContain(`style-src 'self' ${hash(css)};`);
  });

  it('puts the meta right after the charset, before any script or style', () => {
    const out = withPolicy(page('<style>p{}</style>'));
    expect(out.indexOf('content-security-policy')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<style>'));
  });

  it('refuses a page that already has a policy, naming the file', () => {
    expect(() => withPolicy(page('<meta http-equiv="content-security-policy" content="x">'), 'dist/a.html')).toThrow(/dist\/a\.html already has a CSP/);
  });
});
