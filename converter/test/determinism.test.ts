import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { convertAll, SLUGS, staleOutputs } from '../index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('determinism', () => {
  const first = convertAll({ root });
  const second = convertAll({ root });

  it('two runs give identical file maps', () => {
    expect(first.map((o) => o.slug)).toEqual([...SLUGS]);
    const files = (outs: typeof first) => new Map(outs.flatMap((o) => [...o.files]));
    expect([...files(first).keys()]).toHaveLength(SLUGS.length * 4);
    expect(files(second)).toEqual(files(first));
  });

  it('the committed content/ equals a fresh run', () => {
    expect(staleOutputs(root, first)).toEqual([]);
  });
});
