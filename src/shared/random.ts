// A seeded random sequence, so a printed seed draws the same sample again: the review sampler
// (scripts/review-sample.ts) and the test gates' page sample (tests/support/sample.ts) both use it.

/** Mulberry32: a small seeded PRNG returning floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
