/** Turns a score into the plain-text table `npm run eval` prints. */
import type { Score, Tally } from './score.js';
import { CLASSES, PARTS, SETS } from './types.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const row = (name: string, t: Tally | undefined): string =>
  t
    ? `  ${name.padEnd(16)} ${pct(t.accuracy)}  ${String(t.pass).padStart(3)}/${t.total}`
    : `  ${name.padEnd(16)}      -`;

export function formatScore(s: Score, options: { verbose: boolean; only?: string }): string {
  const out: string[] = [];
  const shown = s.results.filter((r) => !options.only || r.case.class === options.only);
  if (options.verbose) {
    for (const r of shown) {
      if (r.pass) continue;
      const c = r.case;
      out.push(`✗ ${c.id} [${c.lang}, ${c.now}] ${c.q ?? c.turns?.map((t) => t.q).join(' → ')}`);
      for (const f of r.failures) out.push(`    ${f}`);
      for (const t of r.turns)
        out.push(`    got (${t.intent}): ${t.lead.slice(0, 160).replace(/\s+/g, ' ')}`);
    }
    out.push('');
  }
  if (!options.only) {
    out.push('By set (dev: tuned against; fresh: held out)');
    for (const set of SETS) if (s.bySet[set]) out.push(row(set, s.bySet[set]));
  }
  out.push('By class');
  for (const c of CLASSES) if (!options.only || c === options.only) out.push(row(c, s.byClass[c]));
  if (!options.only) {
    out.push('By part of the record');
    for (const p of PARTS) out.push(row(p, s.byPart[p]));
    out.push('By language');
    for (const l of ['en', 'ja', 'mixed']) out.push(row(l, s.byLang[l]));
  }
  out.push(row('overall', s.overall));
  const d = s.dontKnow;
  out.push(
    `"I don't know": said ${d.said} times, ${d.right} rightly and ${d.wrong} when the sources answer;` +
      ` precision ${pct(d.precision).trim()}, recall ${pct(d.recall).trim()} (${d.right} of ${d.expected} unanswerable)`,
  );
  return out.join('\n');
}
