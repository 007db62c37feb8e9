import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

const git = (root: string, args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });

/** One commit that touched a plan file. */
interface FileChange { commit: string; date: string; subject: string }

/** The repository as the build reads it: its state, and every commit (merges left out) by the plan file it touched. */
export interface RepoLog { state: PlanHistory['state']; byFile: Map<string, FileChange[]> }

/**
 * Reads the history of every plan file in one `git log` (the seeds, hints and translations folders),
 * so a build of thousands of plans starts a handful of processes, not four per plan.
 * Without git the state is "unavailable"; a shallow clone's boundary commits are dropped.
 */
export function repoLog(root: string): RepoLog {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return { state: 'unavailable', byFile: new Map() };
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']).stdout.trim() === 'true';
  // A shallow clone's oldest commits look as if they added every file: they are not changes.
  const boundary = new Set<string>();
  if (shallow) {
    const file = git(root, ['rev-parse', '--git-path', 'shallow']).stdout.trim();
    const path = file && (file.startsWith('/') ? file : join(root, file));
    if (path && existsSync(path)) for (const c of readFileSync(path, 'utf8').split('\n')) if (c.trim()) boundary.add(c.trim());
  }
  const folders = [...new Set(Object.values(historyFiles('x')).flat().map((f) => f.slice(0, f.lastIndexOf('/'))))];
  // Each commit is a NUL, its header line, then the files it touched within the folders.
  const log = git(root, ['log', '--no-merges', '--name-only', '--format=%x00%H%x09%cs%x09%s', '--', ...folders]);
  if (log.status !== 0) return { state: 'unavailable', byFile: new Map() };
  const byFile = new Map<string, FileChange[]>();
  for (const record of log.stdout.split('\0').slice(1)) {
    const [header, ...files] = record.split('\n');
    const [commit, date, ...subject] = header!.split('\t');
    if (boundary.has(commit!)) continue;
    for (const f of files.filter(Boolean)) {
      if (!byFile.has(f)) byFile.set(f, []);
      byFile.get(f)!.push({ commit: commit!, date: date!, subject: subject.join('\t') });
    }
  }
  return { state: shallow ? 'shallow' : 'complete', byFile };
}

/** A plan's history from the repository's log: every change to its text, corrections or translation, newest first. */
export function historyIn(repo: RepoLog, slug: string): PlanHistory {
  if (repo.state === 'unavailable') return { state: 'unavailable', changes: [] };
  const byCommit = new Map<string, PlanChange>();
  for (const [part, files] of Object.entries(historyFiles(slug)) as ['text' | 'translation', string[]][]) {
    for (const { commit, date, subject } of files.flatMap((f) => repo.byFile.get(f) ?? [])) {
      const c = byCommit.get(commit) ?? { date, commit: commit.slice(0, 12), parts: [], subject };
      if (!c.parts.includes(part)) c.parts.push(part);
      byCommit.set(commit, c);
    }
  }
  return { state: repo.state, changes: [...byCommit.values()].sort((a, b) => b.date.localeCompare(a.date)) };
}

/** Reads a plan's history with git; falls back to "unavailable" without git, and drops a shallow clone's boundary commit. */
export const planHistory = (root: string, slug: string): PlanHistory => historyIn(repoLog(root), slug);

let built: RepoLog | null = null;

/** The history of a plan in this build (the repository is read once; the build runs at the project root). */
export function historyOf(slug: string): PlanHistory {
  built ??= repoLog(process.cwd());
  return historyIn(built, slug);
}
