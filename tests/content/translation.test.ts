// The English edition's checks, on the real translation units: complete and current, numbers carried
// over exactly, no Chinese left untranslated, glossary terms rendered as the glossary says (≥ 98%),
// and no house style error (docs/translation.md, "House style"; warnings are reported, not failed).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planSlugs, planUnits, readAgencies, readPlan } from '../../converter/index.ts';
import { auditTranslation, type GlossaryTerm } from '../../converter/translation/audit.ts';
import { hasChinese } from '../../converter/translation/checks.ts';
import { fileStyleFindings, readStyleData, readTranslationFile, styleLine, unitProblems } from '../../converter/translation/file.ts';
import { originalsTable, phraseTable, replaceBetweenMarkers } from '../../converter/translation/style.ts';

const root = resolve(import.meta.dirname, '../..');
const glossary = load(readFileSync(join(root, 'content/glossary/terms.yaml'), 'utf8')) as GlossaryTerm[];
const style = readStyleData(root);
const pct = (x: number, n: number) => `${((100 * x) / n).toFixed(1)}%`;

describe('the English translation of each plan', () => {
  const totals = { units: 0, numbers: 0, numbersOk: 0, terms: 0, termsOk: 0 };
  for (const slug of planSlugs(root)) {
    const file = readTranslationFile(root, `content/translations/en/${slug}.yaml`);
    const units = planUnits(readPlan(root, slug));
    const audit = auditTranslation(file, units, glossary);

    it(`${slug}: every unit translated and current, every number carried over, no Chinese left`, () => {
      expect(unitProblems(file, units).map((p) => p.message)).toEqual([]);
      expect(audit.numbers.mismatches).toEqual([]);
      expect(audit.leftover).toEqual([]);
      totals.units += units.length;
      totals.numbers += audit.numbers.total;
      totals.numbersOk += audit.numbers.ok;
      console.log(`translation ${slug}: ${units.length} units; number parity ${audit.numbers.ok}/${audit.numbers.total} units with numbers; leftover Chinese in ${audit.leftover.length} units`);
    });

    it(`${slug}: no house style error (calques of the stock-phrase table, Chinese outside the allowed cases)`, () => {
      const findings = fileStyleFindings(file, units, style, glossary);
      const warnings = findings.filter((f) => f.severity === 'warning');
      console.log(`style ${slug}: ${findings.length - warnings.length} errors, ${warnings.length} warnings`);
      expect(findings.filter((f) => f.severity === 'error').map((f) => styleLine(file, f))).toEqual([]);
    });

    it(`${slug}: glossary terms rendered as the glossary says in at least 98% of their occurrences`, () => {
      totals.terms += audit.glossary.total;
      totals.termsOk += audit.glossary.ok;
      console.log(`glossary ${slug}: ${audit.glossary.ok}/${audit.glossary.total} occurrences consistent (${pct(audit.glossary.ok, audit.glossary.total)})${audit.glossary.misses.length ? `; misses: ${audit.glossary.misses.map((m) => `${m.id} ${m.zh}`).join(', ')}` : ''}`);
      expect(audit.glossary.total).toBeGreaterThan(0);
      expect(audit.glossary.ok / audit.glossary.total).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('all plans together', () => {
    console.log(`translation total: ${totals.units} units; numbers ${totals.numbersOk}/${totals.numbers}; glossary ${totals.termsOk}/${totals.terms} (${pct(totals.termsOk, totals.terms)})`);
    expect(totals.units).toBeGreaterThan(0);
  });
});

describe('the agency names', () => {
  it('every agency of every responsibility note and task table has one English name, in English', () => {
    const agencies = readAgencies(root);
    for (const slug of planSlugs(root)) {
      const data = JSON.parse(readFileSync(join(root, `content/data/responsibilities/${slug}.json`), 'utf8')) as { tasks: { lead: string[]; participants: string[] }[] };
      const names = new Set(data.tasks.flatMap((t) => [...t.lead, ...t.participants]));
      for (const name of names) {
        const en = agencies[slug]?.[name];
        expect(en, `${slug}: ${name}`).toBeTruthy();
        expect(hasChinese(en!), `${slug}: ${name} → ${en}`).toBe(false);
      }
    }
  });
});

describe('the glossary', () => {
  const blocks = (slug: string) => (JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')) as { blocks: { text: { zh: string } }[] }).blocks;
  const plans = planSlugs(root).flatMap((slug) => blocks(slug).map((b) => b.text.zh)).join('\n');
  it('has at least 150 terms, each Chinese once, each occurring in the plans', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(150);
    const zh = glossary.map((t) => t.zh);
    expect(zh.filter((z, k) => zh.indexOf(z) !== k)).toEqual([]);
    // The glossary page and the content collection key entries by id.
    const ids = glossary.map((t) => t.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    expect(glossary.filter((t) => !plans.includes(t.zh)).map((t) => t.zh)).toEqual([]);
  });
});

describe('the house style sheet', () => {
  it('docs/translation.md shows exactly the tables generated from content/glossary/style.yaml', () => {
    const doc = readFileSync(join(root, 'docs/translation.md'), 'utf8');
    const regenerated = replaceBetweenMarkers(replaceBetweenMarkers(doc, 'style-phrases', phraseTable(style)), 'style-originals', originalsTable(style));
    expect(regenerated, 'run `npm run style:table` after editing content/glossary/style.yaml').toBe(doc);
  });

  it('has at least 30 stock phrases, each recurring in the Chinese of the plans', () => {
    const blocks = (slug: string) => (JSON.parse(readFileSync(join(root, `content/data/blocks/${slug}.json`), 'utf8')) as { blocks: { text: { zh: string } }[] }).blocks;
    const plans = planSlugs(root).flatMap((slug) => blocks(slug).map((b) => b.text.zh)).join('\n');
    expect(style.phrases.length).toBeGreaterThanOrEqual(30);
    // A row's Chinese lists its forms (、), with … for the words between and （…） for a gloss.
    const occurrences = (zh: string) => zh.replace(/（[^）]*）/g, '').split('、').reduce((n, form) => n + (plans.match(new RegExp(form.replace(/…/g, '[^，。；]{0,20}'), 'g'))?.length ?? 0), 0);
    expect(style.phrases.filter((p) => occurrences(p.zh) < 2).map((p) => p.zh)).toEqual([]);
  });
});
