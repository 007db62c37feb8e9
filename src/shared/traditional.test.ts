import { describe, expect, it } from 'vitest';
import { simplify, t2sTable } from './traditional.ts';

// A stand-in for OpenCC's conversion over a few characters: 識→识, 權→权, 產→产, 著→着, 乾→干.
const OPENCC: Record<string, string> = { 識: '识', 權: '权', 產: '产', 著: '着', 乾: '干' };
const convert = (c: string) => OPENCC[c] ?? c;

describe('the traditional → simplified table', () => {
  const plans = new Set([...'知识产权显著']);
  const table = t2sTable(plans, convert);

  it('holds only characters whose simplified form occurs in the plans', () => {
    expect([...table.t].sort()).toEqual(['權', '產', '識'].sort());
    expect(table.t).not.toContain('乾'); // 干 is not in the plans
  });

  it('keeps a character the plans themselves use (著 in 显著)', () => {
    expect(table.t).not.toContain('著');
    expect(simplify('顯著', t2sTable(new Set([...'显著']), (c) => (c === '顯' ? '显' : convert(c))))).toBe('显著');
  });

  it('reads a traditional query as the simplified one, other text untouched', () => {
    expect(simplify('知識產權 IPR', table)).toBe('知识产权 IPR');
  });
});
