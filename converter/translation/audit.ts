import type { TranslationFile } from './file.ts';
import { leftoverChinese, numberParity, rendersTerm, termsIn, unitString, type GlossaryTerm } from './checks.ts';
import { sameText, type SourceUnit } from './units.ts';

export type { GlossaryTerm };

export interface TranslationAudit {
  numbers: { total: number; ok: number; mismatches: { id: string; missing: string[]; added: string[] }[] };
  leftover: { id: string; chinese: string[] }[];
  glossary: { total: number; ok: number; misses: { id: string; term: string; zh: string; expected: string }[] };
}

/** Number parity, leftover Chinese and glossary consistency over a plan's translated, current units. */
export function auditTranslation(file: TranslationFile, units: SourceUnit[], glossary: GlossaryTerm[]): TranslationAudit {
  const audit: TranslationAudit = { numbers: { total: 0, ok: 0, mismatches: [] }, leftover: [], glossary: { total: 0, ok: 0, misses: [] } };
  for (const u of units) {
    const have = file.units.get(u.id);
    if (!have || have.en === null || !sameText(have.zh, u.zh)) continue;
    const zh = unitString(u.zh);
    const en = unitString(have.en);
    const parity = numberParity(u.zh, have.en);
    if (/\d/.test(zh) || /\d/.test(en) || parity.missing.length || parity.added.length) {
      audit.numbers.total++;
      if (parity.missing.length || parity.added.length) audit.numbers.mismatches.push({ id: u.id, ...parity });
      else audit.numbers.ok++;
    }
    const chinese = leftoverChinese(have.en, { quotes: u.id.startsWith('ednote.') });
    if (chinese.length) audit.leftover.push({ id: u.id, chinese });
    for (const term of termsIn(zh, glossary)) {
      audit.glossary.total++;
      if (rendersTerm(term, en)) audit.glossary.ok++;
      else audit.glossary.misses.push({ id: u.id, term: term.id, zh: term.zh, expected: [term.en, ...(term.variants ?? [])].join('" or "') });
    }
  }
  return audit;
}
