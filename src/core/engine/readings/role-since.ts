import type { PersonNow } from '../../knowledge/view.js';
import { formatDateValue } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import { whoPerson } from '../handlers/who.js';
import type { ReadingScope } from './reading.js';

/** "Since when?", "how long has she been PM?", "いつから？" about a person: when the current role began. */
const SINCE =
  /\b(since when|how long has|how long have|from when|when did (s?he|they) (become|take office|start))\b|いつから(?!いつまで)|いつ就任/;

const WORDS = {
  en: (name: string, role: string, from: string) => `${name} has been ${role} since ${from}.`,
  ja: (name: string, role: string, from: string) => `${name}は${from}から${role}。`,
};

function roleSince(ctx: Ctx, p: PersonNow, confidence: number): Draft {
  const draft = whoPerson(ctx, p, confidence);
  const role = p.roles.filter((r) => r.current && r.from).at(-1);
  if (!role?.from) return draft;
  const lead = WORDS[ctx.lang](p.name[ctx.lang], role.title[ctx.lang], formatDateValue(role.from, ctx.lang));
  return { ...draft, intent: 'who.since', lead };
}

export function roleSinceReadings({ ctx, a, of, add }: ReadingScope): void {
  if (!SINCE.test(a.text)) return;
  const person = of('person')[0];
  const p = person ? ctx.kb.people.get(person.entity.id) : undefined;
  if (!p?.roles.some((r) => r.current && r.from)) return;
  add({
    key: `who.since.${p.id}`,
    score: person?.strength ?? 1,
    label: p.name[ctx.lang],
    question: '',
    run: (c, s) => roleSince(c, p, s),
  });
}
