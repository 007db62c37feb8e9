import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// A plan's change history, generated from the repository at build time, never typed: every commit
// that touched its seed or hint file (the text and its editorial corrections) or its translation file.
// Merge commits are left out: the changes they bring are listed as the commits that made them.

/** One change: the day, which part of the plan it touched, and the commit's own description. */
export interface PlanChange { date: string; commit: string; parts: ('text' | 'translation')[]; subject: string }

/** The history as the build could read it. `state`: complete; `shallow` (a shallow clone: only what it holds); `unavailable` (no git). */
export interface PlanHistory { state: 'complete' | 'shallow' | 'unavailable'; changes: PlanChange[] }

/** The files whose history is the plan's: seed and hints (text and corrections), translation. */
export const historyFiles = (slug: string) => ({
  text: [`seeds/${slug}.txt`, `converter/hints/${slug}.json`],
  translation: [`content/translations/en/${slug}.yaml`],
});

const git = (root: string, args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });

/** Reads a plan's history with git; falls back to "unavailable" without git, and drops a shallow clone's boundary commit. */
export function planHistory(root: string, slug: string): PlanHistory {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return { state: 'unavailable', changes: [] };
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
  // A shallow clone's oldest commits look as if they added every file: they are not changes.
  const boundary = new Set<string>();
  if (shallow) {
    const file = git(root, ['rev-parse', '--git-path', 'shallow']).stdout.trim();
    const path = file && (file.startsWith('/') ? file : join(root, file));
    if (path && existsSync(path)) for (const c of spawnSync('cat', [path], { encoding: 'utf8' }).stdout.split('\n')) if (c) boundary.add(c.trim());
  }
  const byCommit = new Map<string, PlanChange>();
  for (const [part, files] of Object.entries(historyFiles(slug)) as ['text' | 'translation', string[]][]) {
    const log = git(root, ['log', '--no-merges', '--format=%H%x09%cs%x09%s', '--', ...files]);
    if (log.status !== 0) return { state: 'unavailable', changes: [] };
    for (const line of log.stdout.split('\n').filter(Boolean)) {
      const [commit, date, ...subject] = line.split('\t');
      if (boundary.has(commit!)) continue;
      const c = byCommit.get(commit!) ?? { date: date!, commit: commit!.slice(0, 12), parts: [], subject: subject.join('\t') };
      if (!c.parts.includes(part)) c.parts.push(part);
      byCommit.set(commit!, c);
    }
  }
  const changes = [...byCommit.values()].sort((a, b) => b.date.localeCompare(a.date));
  return { state: shallow ? 'shallow' : 'complete', changes };
}

const cache = new Map<string, PlanHistory>();

/** The history of a plan in this build (read once per plan; the build runs at the project root). */
export function historyOf(slug: string): PlanHistory {
  if (!cache.has(slug)) cache.set(slug, planHistory(process.cwd(), slug));
  return cache.get(slug)!;
}
