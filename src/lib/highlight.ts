import { codeToTokens, type BundledLanguage } from 'shiki';

// Shiki's HTML carries colours in style attributes, which our CSP (no 'unsafe-inline' styles)
// would block. We take its tokens instead and map each light-theme colour to a token class
// that global.css colours for light and dark schemes.
const CLASS_BY_COLOUR: Record<string, string> = {
  '#005CC5': 'tok-key',
  '#032F62': 'tok-string',
  '#D73A49': 'tok-keyword',
  '#6F42C1': 'tok-name',
  '#6A737D': 'tok-comment',
  '#E36209': 'tok-param',
  '#22863A': 'tok-tag',
};

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Highlighted code as HTML with class-based colours only. */
export async function highlight(code: string, lang: BundledLanguage | 'text'): Promise<string> {
  if (lang === 'text') return `<pre class="code"><code>${escape(code)}</code></pre>`;
  const { tokens } = await codeToTokens(code, { lang, theme: 'github-light' });
  const lines = tokens.map((line) =>
    line
      .map((tok) => {
        const cls = CLASS_BY_COLOUR[(tok.color ?? '').toUpperCase()];
        return cls ? `<span class="${cls}">${escape(tok.content)}</span>` : escape(tok.content);
      })
      .join(''),
  );
  return `<pre class="code" data-lang="${lang}"><code>${lines.join('\n')}</code></pre>`;
}
