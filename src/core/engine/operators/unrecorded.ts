import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { midSentence, type Operand } from './operands.js';

/**
 * The projects and tranches a question names in full whose amount is not recorded on the day (a
 * tranche of candidates with no figure yet): an answer over the others says so, never drops them
 * in silence. Their names, as they read mid-sentence.
 */
export function unrecorded(ctx: Ctx, mentions: readonly Mention[], used: readonly Operand[]): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.partial || (m.entity.type !== 'project' && m.entity.type !== 'tranche')) continue;
    if (!ctx.kb.visible(m.entity.id) || used.some((o) => o.id === m.entity.id)) continue;
    if (used.some((o) => o.parts?.some((p) => p.id === m.entity.id))) continue;
    const name = midSentence(ctx, m.entity.name[ctx.lang]);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}
