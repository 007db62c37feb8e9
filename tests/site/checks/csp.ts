// The Content-Security-Policy a page sets in its <meta http-equiv>, parsed and judged.
import { createHash } from 'node:crypto';
import { inlineBlocks, tags } from './html.ts';

export type Policy = Map<string, string[]>;

/** `script-src 'self' 'sha256-…'; style-src …` → directive → sources (directive names lower-cased). */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/_-]+={0,2}'$/;

/** What is wrong with one fetch directive that must allow the site itself and hashes only. */
export function judgeDirective(policy: Policy, name: 'script-src' | 'style-src', allow: string[] = []): string[] {
  const sources = policy.get(name) ?? policy.get('default-src');
  if (!sources) return [`no ${name} (nor default-src): anything may load`];
  const problems: string[] = [];
  if (!sources.includes("'self'")) problems.push(`${name} lacks 'self'`);
  for (const s of sources) {
    if (s === "'self'" || HASH.test(s) || allow.includes(s)) continue;
    problems.push(`${name} allows ${s}${/^'unsafe-/.test(s) ? '' : ' (only \'self\' and hashes are allowed)'}`);
  }
  return problems;
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** Every problem with the CSP of one page (empty when the page is fine). */
export function checkPageCsp(html: string): { policy: Policy | undefined; problems: string[] } {
  const all = tags(html);
  const metas = all.filter((t) => t.name === 'meta' && (t.attrs.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return { policy: undefined, problems: ['no <meta http-equiv="content-security-policy">'] };
  const problems: string[] = [];
  if (metas.length > 1) problems.push(`${metas.length} CSP meta elements (each one further restricts; keep one)`);
  const meta = metas[0]!;
  const policy = parsePolicy(meta.attrs.get('content') ?? '');
  // The search page alone runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (it allows
  // compiling WebAssembly, not JavaScript eval). Any other page with it is a defect.
  const wasm = tags(html).some((t) => t.attrs.has('data-pagefind')) ? ["'wasm-unsafe-eval'"] : [];
  problems.push(...judgeDirective(policy, 'script-src', wasm), ...judgeDirective(policy, 'style-src'));

  // A meta policy only governs what comes after it.
  const early = all.find((t) => t.at < meta.at && (t.name === 'script' || t.name === 'style' || (t.name === 'link' && /stylesheet|preload/i.test(t.attrs.get('rel') ?? ''))));
  if (early) problems.push(`<${early.name}> comes before the CSP meta, so the policy does not cover it`);

  // Inline code the policy would block: a script or style whose hash is not listed, event-handler and style attributes.
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const s of inlineBlocks(html, 'script')) {
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(s.attrs)) continue;
    if (!scriptSrc.includes(sha256(s.body))) problems.push(`inline <script> (${s.body.length} chars, ${sha256(s.body)}) is not in script-src: the browser would block it`);
  }
  for (const s of inlineBlocks(html, 'style')) {
    if (!styleSrc.includes(sha256(s.body))) problems.push(`inline <style> (${s.body.length} chars, ${sha256(s.body)}) is not in style-src: the browser would block it`);
  }
  for (const t of all) {
    for (const a of t.attrs.keys()) {
      if (/^on[a-z]+$/.test(a)) problems.push(`<${t.name} ${a}> inline event handler: blocked by the policy`);
    }
    if (t.attrs.has('style')) problems.push(`<${t.name} style="${t.attrs.get('style')}">: style attributes are blocked by the policy`);
  }
  return { policy, problems };
}
