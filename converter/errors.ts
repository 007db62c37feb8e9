/** A conversion failure that names the file, the line, the problem and the fix. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, line: number | undefined, problem: string, fix: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}\n  fix: ${fix}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.fix = fix;
  }
}
