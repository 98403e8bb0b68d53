import type { Lang } from '../answer/answer.js';
import type { Knowledge } from './knowledge.js';
import { messages } from './messages/index.js';
import { normalize } from './text.js';

export interface Completion {
  name: string;
  value: string;
}

interface Candidate {
  text: string;
  norm: string;
  lang: Lang;
  /** Entity names rank above generated questions at equal match. */
  weight: number;
}

/** Autocomplete for questions and names, ranked on our side (Discord allows at most 25, within 3 s). */
export class Completer {
  private readonly names: Candidate[] = [];
  private readonly questions: Candidate[] = [];

  constructor(kb: Knowledge) {
    for (const e of kb.entities) {
      if (e.type === 'gap' || e.type === 'deal') continue;
      for (const lang of ['en', 'ja'] as const) {
        this.names.push({
          text: e.name[lang],
          norm: normalize(e.name[lang]),
          lang,
          weight: e.type === 'person' ? 3 : 2,
        });
      }
      for (const alias of e.aliases)
        this.names.push({ text: alias, norm: normalize(alias), lang: 'en', weight: 1 });
    }
    for (const lang of ['en', 'ja'] as const) {
      const t = messages(lang);
      for (const q of Object.values(t.ask))
        if (!q.startsWith('/')) this.questions.push({ text: q, norm: normalize(q), lang, weight: 3 });
      for (const p of kb.facts.people) {
        const q = lang === 'ja' ? `${p.name.ja}とは誰？` : `Who is ${p.name.en}?`;
        this.questions.push({ text: q, norm: normalize(q), lang, weight: 2 });
      }
      for (const p of kb.projectsByAmount) {
        const q =
          lang === 'ja'
            ? `${p.name.ja}に関わる企業は？`
            : `Which companies are linked to the ${p.name.en.toLowerCase()}?`;
        this.questions.push({ text: q, norm: normalize(q), lang, weight: 1 });
      }
      for (const e of kb.eventsByDate) {
        const q = lang === 'ja' ? `${e.name.ja}はいつ？` : `When is ${e.name.en}?`;
        this.questions.push({ text: q, norm: normalize(q), lang, weight: 1 });
      }
    }
  }

  complete(partial: string, field: 'question' | 'name', lang: Lang, limit: number): Completion[] {
    const q = normalize(partial.slice(0, 100));
    const pool = field === 'name' ? this.names : this.questions;
    const scored: { c: Candidate; score: number }[] = [];
    for (const c of pool) {
      let score: number;
      if (!q) score = c.lang === lang ? c.weight : 0;
      else if (c.norm.startsWith(q)) score = 100 + c.weight;
      else if (c.norm.includes(` ${q}`)) score = 60 + c.weight;
      else if (c.norm.includes(q)) score = 40 + c.weight;
      else continue;
      if (c.lang === lang) score += 5;
      scored.push({ c, score });
    }
    scored.sort(
      (a, b) => b.score - a.score || a.c.text.length - b.c.text.length || a.c.text.localeCompare(b.c.text),
    );
    const seen = new Set<string>();
    const out: Completion[] = [];
    for (const { c } of scored) {
      if (seen.has(c.text)) continue;
      seen.add(c.text);
      const text = c.text.slice(0, 100);
      out.push({ name: text, value: text });
      if (out.length >= Math.min(limit, 25)) break;
    }
    return out;
  }
}
