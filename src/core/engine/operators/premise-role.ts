import type { PersonNow, RoleNow } from '../../knowledge/view.js';
import { formatDateValue } from '../../time/dates.js';
import type { Draft } from '../compose.js';
import type { Ctx } from '../context.js';
import type { Mention } from '../gazetteer.js';
import { whoPerson } from '../handlers/who.js';
import { operatorMessages } from '../messages/operators.js';
import { hasJapanese } from '../text.js';
import { type OperatorInput, prefixed } from './operator.js';
import { rolesTitled } from './premise-index.js';
import { askedOffice, titleIs } from './roles.js';

/**
 * Offices a question takes for granted, checked against the roles valid at `now`:
 * "when did Akazawa become prime minister?" (an office never held) and "what did Prime Minister
 * Ishiba say…" (an office written with a name, held only before `now`, or never). The lead says so,
 * names who holds the office as of `now`, then what is known.
 */
export function rolePremise(input: OperatorInput): Draft | undefined {
  return becamePremise(input) ?? titlePremise(input);
}

const BECOME =
  /\b(become|became|becoming|named|appointed|elected|made|sworn in as)\b|^since when (is|has)\b|^how long has\b/;
const JA_BECOME = /就任|になった|になる|任命|選出|選ばれ|いつから/;
const JA_OFFICE =
  /^(首相|総理大臣|総理|大統領|外相|外務大臣|財務相|財務大臣|財務長官|商務長官|経産相|経済産業大臣|防衛相|防衛大臣)/;

/** "When did Akazawa become prime minister?": an office the person never held in any claim valid now. */
function becamePremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  const japanese = hasJapanese(q.raw);
  if (japanese ? !JA_BECOME.test(q.raw) : !BECOME.test(q.text)) return undefined;
  for (const x of people(q.focus)) {
    const p = ctx.kb.people.get(x.entity.id);
    if (!p) continue;
    const office = japanese
      ? officeAfterName(q.raw, x.alias, true)
      : askedOffice(q.text.replace(BECOME, ' ').replace(/\b(been|be|is)\b/g, ' '), q.raw, x, false);
    if (!office) continue;
    const held = p.roles.filter((r) => holds(r, office));
    if (held.length) return becameOn(input, p, held, office);
    return withCard(
      input,
      p,
      `${m.noReportOf(p.name[ctx.lang], m.becameOffice(office))}${holders(ctx, office, p)}`,
      false,
    );
  }
  return undefined;
}

/** A true premise asked for its date ("when did Takaichi become prime minister?"): the day the role began. */
function becameOn(
  input: OperatorInput,
  p: PersonNow,
  held: readonly RoleNow[],
  office: string,
): Draft | undefined {
  const { ctx, q, m } = input;
  const role = held.find((r) => r.from);
  if (q.expects !== 'date' || !role?.from || !office) return undefined;
  const lead = m.becameOn(p.name[ctx.lang], role.title[ctx.lang], formatDateValue(role.from, ctx.lang));
  const card = whoPerson(ctx, p, 0.9);
  return { ...card, intent: 'premise.holds', lead, confidence: 0.9 };
}

/** "Prime Minister Ishiba", "ラトニック財務長官": an office written with a name, not held at `now`. */
function titlePremise(input: OperatorInput): Draft | undefined {
  const { ctx, q, m } = input;
  if (q.expects === 'yes-no') return undefined;
  const japanese = hasJapanese(q.raw);
  for (const x of people(q.focus)) {
    const p = ctx.kb.people.get(x.entity.id);
    if (!p) continue;
    const office = japanese ? officeAfterName(q.raw, x.alias) : officeBeforeName(ctx, q.text, x.alias);
    if (!office) continue;
    const roles = p.roles.filter((r) => holds(r, office));
    if (roles.some((r) => r.current)) return undefined;
    // "Why did PM Ishiba resign?", "石破首相が辞任した理由": the title he held is the one he left.
    if (roles.length && LEFT_OFFICE.test(japanese ? q.raw : q.text)) return undefined;
    const name = p.name[ctx.lang];
    const past = roles.at(-1);
    const lead = past
      ? m.notOfficeNow(name, office, past.to ? formatDateValue(past.to, ctx.lang) : '', ctx.kb.asOf(ctx.lang))
      : m.noReportOf(name, m.isOrWas(office));
    return withCard(input, p, `${lead}${holders(ctx, office, p)}`, true);
  }
  return undefined;
}

/** Leaving the office: the title is the one the person left. */
const LEFT_OFFICE = /\b(resign\w*|quit|step(ped|s)? down|left office|stood down)\b|辞任|辞め|退任|退陣/;

function people(focus: readonly Mention[]): Mention[] {
  return focus.filter((x) => x.entity.type === 'person' && !x.partial);
}

function holds(r: RoleNow, office: string): boolean {
  return titleIs(r.title.en, office) || titleIs(r.title.ja, office);
}

/** Who holds the office as of `now` (other than the person asked about): " Sanae Takaichi is … (since …)." */
function holders(ctx: Ctx, office: string, not: PersonNow): string {
  const gap = ctx.lang === 'ja' ? '' : ' ';
  const m = operatorMessages(ctx.lang);
  return rolesTitled(ctx, office)
    .filter((x) => x.role.current && x.person.id !== not.id)
    .slice(0, 2)
    .map(
      ({ person, role }) =>
        `${gap}${m.holderSince(person.name[ctx.lang], role.title[ctx.lang], role.from ? formatDateValue(role.from, ctx.lang) : '')}`,
    )
    .join('');
}

/** The operator's lead before the person's card, or (when the question is about something else) the best reading's answer. */
function withCard(input: OperatorInput, p: PersonNow, lead: string, orBest: boolean): Draft {
  const best = orBest ? input.best() : undefined;
  const aboutOther =
    best && !best.facts?.includes(p.id) && best.kind === 'answer' && best.intent !== 'who.since';
  const known = aboutOther ? prefixed(lead, best, input, 'premise.office', 0.75) : undefined;
  if (known) return known;
  const card = whoPerson(input.ctx, p, 0.75);
  const gap = input.ctx.lang === 'ja' ? '' : ' ';
  return { ...card, intent: 'premise.office', lead: `${lead}${gap}${input.m.known}${gap}${card.lead}` };
}

/** "赤沢首相", "ラトニック財務長官": an office written straight after the name (or ending the alias). */
function officeAfterName(raw: string, alias: string, becoming = false): string | undefined {
  const own = /(首相|総理|大統領|外相|財務相|財務長官|商務長官|経産相|防衛相)$/.exec(alias)?.[0];
  if (own) return own;
  const at = raw.indexOf(alias);
  if (at < 0) return undefined;
  // "ベッセント氏が商務長官になった": after an honorific and a particle, only when the question is about becoming.
  const rest = raw.slice(at + alias.length).replace(becoming ? /^(氏|さん)?(が|は)?/ : /^(氏|さん)?/, '');
  return JA_OFFICE.exec(rest)?.[0];
}

/** "prime minister ishiba", "treasury secretary lutnick": the words before the name that make a known title. */
function officeBeforeName(ctx: Ctx, text: string, alias: string): string | undefined {
  const at = text.indexOf(alias);
  if (at <= 0) return undefined;
  const words = text.slice(0, at).trim().split(' ').filter(Boolean);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const office = words.slice(-k).join(' ');
    if (
      !/\b(minister|secretary|president|pm|premier|governor|ambassador|ceo|chair(man)?|negotiator|representative)$/.test(
        office,
      )
    )
      continue;
    if (rolesTitled(ctx, office).length) return office;
  }
  return undefined;
}
