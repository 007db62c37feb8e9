/** JSON as the converter writes it: two-space indent and a final newline, for stable diffs. */
export const json = (v: unknown): string => `${JSON.stringify(v, null, 2)}\n`;
