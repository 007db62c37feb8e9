/** Released eIds must never disappear: each is either still present or aliased to one that is. */

export type IdManifest = Record<string, string[]>;
export type AliasMap = Record<string, Record<string, string>>;

export interface IdProblem {
  plan: string;
  id: string;
  problem: string;
}

/** Checks released IDs against the current ones; returns every problem, empty when all links hold. */
export function checkReleasedIds(released: IdManifest, current: IdManifest, aliases: AliasMap): IdProblem[] {
  const problems: IdProblem[] = [];
  for (const [plan, ids] of Object.entries(released)) {
    const now = new Set(current[plan] ?? []);
    const map = aliases[plan] ?? {};
    for (const id of ids) {
      if (now.has(id)) {
        if (map[id]) problems.push({ plan, id, problem: `is still a live ID but also aliased to ${map[id]}; remove the alias` });
        continue;
      }
      const target = map[id];
      if (!target) problems.push({ plan, id, problem: 'was released but no longer exists; add it to content/ids/aliases.json pointing at its replacement' });
      else if (!now.has(target)) problems.push({ plan, id, problem: `is aliased to ${target}, which does not exist` });
    }
  }
  return problems;
}

/** The manifest after a release: every ID ever released, plus today's, in a stable order. */
export function releaseIds(released: IdManifest, current: IdManifest): IdManifest {
  const out: IdManifest = {};
  for (const plan of [...new Set([...Object.keys(released), ...Object.keys(current)])].sort()) {
    const seen = new Set(released[plan] ?? []);
    out[plan] = [...(released[plan] ?? []), ...(current[plan] ?? []).filter((id) => !seen.has(id))];
  }
  return out;
}
