/**
 * A set named by its size (#12, two records at once): "the three candidate projects", "候補3件" mean
 * the projects of a tranche that has that many, as known on the clock's day (the latest such tranche).
 */
import type { Ctx } from '../context.js';
import { type Operand, projectOperand } from './operands.js';

const EN_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const EN = /\b(two|three|four|five|six|[2-6])\s+(?:\w+\s+)?(?:projects?|candidates?|plants?)\b/;
const JA = /([2-6２-６二三四五六])件/;
const JA_COUNT: Record<string, number> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };

/** How many projects the question counts ("three candidate projects" → 3), if it does. */
export function countedProjects(text: string, raw: string): number | undefined {
  const en = EN.exec(text)?.[1];
  if (en) return EN_COUNT[en] ?? Number(en);
  const ja = JA.exec(raw.normalize('NFKC'))?.[1];
  if (ja) return JA_COUNT[ja] ?? Number(ja);
  return undefined;
}

/** The projects (with amounts) of the latest tranche known on the day that has exactly `count` of them. */
export function countedSet(ctx: Ctx, count: number): Operand[] | undefined {
  const { kb } = ctx;
  for (const tranche of [...kb.facts.tranches].reverse()) {
    if (!kb.visible(tranche.id)) continue;
    const projects = tranche.projects.map((id) => kb.projects.get(id)).filter((p) => p !== undefined);
    if (projects.length !== count) continue;
    const operands = projects.map((p) => projectOperand(ctx, p)).filter((o): o is Operand => !!o);
    if (operands.length === count) return operands;
  }
  return undefined;
}
