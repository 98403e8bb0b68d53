/**
 * Offices named instead of people (#12, plain look-ups): "who's the PM?", "財務相は誰？". A name of
 * an office (a role's `aliases` in the fact base) means whoever held that office on the clock's day,
 * not whoever the name happens to be listed under: asked in October 2025, "the prime minister" is
 * Ishiba; in November, Takaichi. Built once per fact base; a question costs one map look-up per name.
 */
import type { FactBaseData } from '../../factbase/schema.js';
import { startKey } from '../../time/date-keys.js';
import type { Mention } from '../gazetteer.js';
import type { EntityIndex, Knowledge } from '../knowledge.js';
import { normalize, normalizePlain } from '../text.js';

/** A name as the gazetteer reports it, with spaces removed (Japanese aliases are compacted). */
function key(name: string): string {
  return (normalizePlain(name) ?? normalize(name)).replace(/ /g, '');
}

/** How strongly an office's name points at its holder. */
const OFFICE_STRENGTH = 0.8;

export class OfficeHolders {
  /** Office name → the people whose roles carry it. */
  private readonly byName = new Map<string, string[]>();

  constructor(
    facts: FactBaseData,
    private readonly entities: EntityIndex,
  ) {
    for (const p of facts.people) {
      for (const role of p.roles) {
        for (const alias of role.aliases ?? []) {
          const k = key(alias);
          const ids = this.byName.get(k) ?? [];
          if (!ids.includes(p.id)) ids.push(p.id);
          this.byName.set(k, ids);
        }
      }
    }
  }

  /** Whether a name is the name of an office. */
  isOffice(alias: string): boolean {
    return this.byName.has(key(alias));
  }

  /**
   * The mentions with every office name pointing at the office's holder on the knowledge's day
   * (the holder whose term began last, among those whose role with that name is current). A name
   * with no holder known that day is left as the gazetteer read it.
   */
  redirect(mentions: readonly Mention[], kb: Knowledge): Mention[] {
    if (!this.byName.size) return [...mentions];
    const out: Mention[] = [];
    for (const m of mentions) {
      const holder = m.entity.type === 'person' ? this.holder(m.alias, kb) : undefined;
      const entity = holder ? this.entities.byId.get(holder) : undefined;
      // An office's name is as telling as a person's, however short ("PM").
      const next = entity ? { ...m, entity, strength: Math.max(m.strength, OFFICE_STRENGTH) } : m;
      if (!out.some((x) => x.entity.id === next.entity.id && x.alias === next.alias)) out.push(next);
    }
    return out;
  }

  private holder(alias: string, kb: Knowledge): string | undefined {
    const k = key(alias);
    const ids = this.byName.get(k);
    if (!ids) return undefined;
    let best: { id: string; from: string } | undefined;
    for (const id of ids) {
      const person = kb.people.get(id);
      for (const role of person?.roles ?? []) {
        if (!role.current || !(role.aliases ?? []).some((a) => key(a) === k)) continue;
        const from = role.from ? startKey(role.from) : '';
        if (!best || from > best.from) best = { id, from };
      }
    }
    return best?.id;
  }
}
