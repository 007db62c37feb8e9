import { describe, expect, it } from 'vitest';
import { readerUrl, siteUrlWarning } from './site-url';

describe('the address a citation carries', () => {
  it('without SITE_URL, the page’s own origin replaces the build’s local default; path, query and block kept', () => {
    expect(readerUrl('http://127.0.0.1:4321/atlas/zh/plans/deyang/#chp_2', false, 'https://plans.example.org')).toBe('https://plans.example.org/atlas/zh/plans/deyang/#chp_2');
  });
  it('with SITE_URL set, the configured address stands, wherever the page is opened', () => {
    expect(readerUrl('https://plans.example.org/zh/plans/deyang/', true, 'http://localhost:8080')).toBe('https://plans.example.org/zh/plans/deyang/');
  });
});

describe('a build without SITE_URL says so', () => {
  it('warns loudly, naming the setting and how to set it', () => {
    const w = siteUrlWarning({})!;
    expect(w).toContain('SITE_URL is not set');
    expect(w).toContain('SITE_URL=https://');
    expect(w.split('\n').length).toBeGreaterThan(3);
  });
  it('is silent when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://plans.example.org/' })).toBeNull();
  });
});
