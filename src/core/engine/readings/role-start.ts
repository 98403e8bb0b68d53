/**
 * When someone took an office (#12, plain look-ups): "when did Takaichi become PM?", "高市さんが首相に
 * なったのはいつ". The start of the role the question names (by an office's name or its title's
 * words), else of the person's latest role with a start; as known on the clock's day.
 */
import type { PersonNow, RoleNow } from '../../knowledge/view.js';
import { formatDateValue } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { whoPerson } from '../handlers/who.js';
import { normalize, normalizePlain, stem, words } from '../text.js';
import type { ReadingScope } from './reading.js';

const BECAME = {
  en: /\b(become|became|becoming|take office|took office|took over|appointed|sworn in|elected|named)\b/,
  ja: /就任|になった|になる|選ばれ|任命/,
};

const WORDS = {
  en: (name: string, role: string, from: string) => `${name} became ${role} on ${from}.`,
  ja: (name: string, role: string, from: string) => `${name}は${from}に${role}に就任した。`,
};

const key = (s: string) => (normalizePlain(s) ?? normalize(s)).replace(/ /g, '');

/** The role the question names: by an office name it contains, else by the words of its title. */
function namedRole(p: PersonNow, mentions: readonly Mention[], text: string): RoleNow | undefined {
  const started = p.roles.filter((r) => r.from);
  const aliases = new Set(mentions.filter((m) => m.entity.id === p.id).map((m) => key(m.alias)));
  const byOffice = started.find((r) => (r.aliases ?? []).some((a) => aliases.has(key(a))));
  if (byOffice) return byOffice;
  const asked = new Set(words(text).map(stem));
  const byTitle = started.find((r) =>
    words(normalize(r.title.en))
      .map(stem)
      .some((w) => w.length > 3 && asked.has(w)),
  );
  return byTitle ?? started.at(-1);
}

function roleStart(ctx: Ctx, p: PersonNow, role: RoleNow, confidence: number): Draft {
  const draft = whoPerson(ctx, p, confidence);
  if (!role.from) return draft;
  const lead = WORDS[ctx.lang](p.name[ctx.lang], role.title[ctx.lang], formatDateValue(role.from, ctx.lang));
  return { ...draft, intent: 'who.start', lead };
}

export function roleStartReadings({ ctx, a, of, add }: ReadingScope): void {
  if (!BECAME.en.test(a.text) && !BECAME.ja.test(a.text)) return;
  const person = of('person').sort((x, y) => y.strength - x.strength)[0];
  const p = person ? ctx.kb.people.get(person.entity.id) : undefined;
  if (!p || !person) return;
  const role = namedRole(p, a.mentions, a.text);
  if (!role) return;
  add({
    key: `role.start.${p.id}`,
    score: 0.97 * Math.max(person.strength, 0.8),
    label: p.name[ctx.lang],
    question: '',
    run: (c, s) => roleStart(c, p, role, s),
  });
}
