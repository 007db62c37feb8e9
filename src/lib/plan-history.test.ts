import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { historyIn, planHistory, repoLog } from './plan-history';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'atlas-history-'));
  dirs.push(d);
  return d;
};
const run = (cwd: string, args: string[], date?: string) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Editor', GIT_AUTHOR_EMAIL: 'e@example.org', GIT_COMMITTER_NAME: 'Editor', GIT_COMMITTER_EMAIL: 'e@example.org', ...(date ? { GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` } : {}) } });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
};
const write = (root: string, path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

/** A small repository: a plan received, its text corrected, its translation revised, another plan touched. */
function repository(): string {
  const root = tmp();
  run(root, ['init', '-q', '-b', 'main']);
  write(root, 'seeds/demo.txt', '一、总则\n');
  write(root, 'converter/hints/demo.json', '{}\n');
  run(root, ['add', '-A']);
  run(root, ['commit', '-qm', 'Demo plan received'], '2025-01-10');
  write(root, 'converter/hints/demo.json', '{"corrections":[1]}\n');
  run(root, ['commit', '-qam', 'Demo: correct a typo in 一、'], '2025-02-20');
  write(root, 'content/translations/en/demo.yaml', 'units: []\n');
  run(root, ['add', '-A']);
  run(root, ['commit', '-qm', 'Demo: English translation revised'], '2025-03-05');
  write(root, 'seeds/other.txt', 'x\n');
  run(root, ['add', '-A']);
  run(root, ['commit', '-qm', 'Another plan'], '2025-04-01');
  return root;
}

describe('a plan’s change history, from the repository', () => {
  const repo = repository();

  it('lists every change to the plan’s text, corrections and translation, newest first, and nothing else', () => {
    const h = planHistory(repo, 'demo');
    expect(h.state).toBe('complete');
    expect(h.changes.map((c) => [c.date, c.parts.join('+'), c.subject])).toEqual([
      ['2025-03-05', 'translation', 'Demo: English translation revised'],
      ['2025-02-20', 'text', 'Demo: correct a typo in 一、'],
      ['2025-01-10', 'text', 'Demo plan received'],
    ]);
  });

  it('one read of the repository serves every plan, each with its own changes only', () => {
    const log = repoLog(repo);
    expect(historyIn(log, 'other').changes.map((c) => [c.date, c.parts.join('+'), c.subject])).toEqual([['2025-04-01', 'text', 'Another plan']]);
    expect(historyIn(log, 'demo')).toEqual(planHistory(repo, 'demo'));
    expect(historyIn(log, 'nowhere')).toEqual({ state: 'complete', changes: [] });
  });

  it('in a shallow clone, says so and does not count the clone’s boundary as a change', () => {
    const clone = join(tmp(), 'clone');
    run(tmp(), ['clone', '-q', '--depth', '3', `file://${repo}`, clone]);
    const h = planHistory(clone, 'demo');
    expect(h.state).toBe('shallow');
    // Depth 3 holds the last three commits; the oldest (the correction) is the boundary, whose diff the clone cannot know.
    expect(h.changes.map((c) => c.date)).toEqual(['2025-03-05']);
  });

  it('without git (an exported copy), the history is unavailable rather than empty or invented', () => {
    const plain = tmp();
    write(plain, 'seeds/demo.txt', '一、总则\n');
    expect(planHistory(plain, 'demo')).toEqual({ state: 'unavailable', changes: [] });
  });
});
