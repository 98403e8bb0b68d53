import { VARIABLES } from './env-schema.js';

/** Names close to ours that are probably typos (SLACK_BOT_TOKN): a warning, not an error. */
export function typoWarnings(env: Record<string, string | undefined>): string[] {
  const known = new Set<string>(VARIABLES);
  return Object.keys(env)
    .filter((k) => /^(SLACK|DISCORD|DEAL)_/.test(k) && !known.has(k) && env[k])
    .map((k) => {
      const near = VARIABLES.find((v) => v.split('_')[0] === k.split('_')[0] && editDistance(v, k) <= 2);
      return `${k} is not a variable deal-bot reads${near ? `; did you mean ${near}?` : ''} (see .env.example)`;
    });
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}
