import type { PersonNow, RoleNow } from '../../knowledge/view.js';
import type { Ctx } from '../context.js';
import type { Knowledge } from '../knowledge.js';
import { hasJapanese, normalize } from '../text.js';
import { midSentence } from './operands.js';
import { SHORT_FORMS, titleIs } from './roles.js';

/**
 * Indices the premise checks need, built once per day's knowledge on first use (never a scan of every
 * person or project per question): role holders by the words of their titles, and whether some project
 * is sited in a place.
 */
interface PremiseIndex {
  /** Roles by each word of their English title and each office word of their Japanese one. */
  roles: Map<string, { person: PersonNow; role: RoleNow }[]>;
  /** Places (as asked) known to be the site of some project, or not. */
  sited: Map<string, boolean>;
}

const built = new WeakMap<Knowledge, PremiseIndex>();
const STOP = new Set(['the', 'of', 'us', 'japan', 'japans', 'japanese', 'and', 'for', 'in']);
const JA_OFFICE_WORDS =
  /首相|総理|大臣|長官|大統領|総裁|知事|大使|社長|代表|委員長|財務相|外相|経産相|防衛相/g;

function index(ctx: Ctx): PremiseIndex {
  let ix = built.get(ctx.kb);
  if (ix) return ix;
  const roles = new Map<string, { person: PersonNow; role: RoleNow }[]>();
  const add = (key: string, entry: { person: PersonNow; role: RoleNow }) => {
    const list = roles.get(key);
    if (list) list.push(entry);
    else roles.set(key, [entry]);
  };
  for (const person of ctx.kb.facts.people)
    for (const role of person.roles) {
      const keys = new Set([
        ...normalize(role.title.en)
          .split(' ')
          .filter((w) => w && !STOP.has(w)),
        ...(role.title.ja.match(JA_OFFICE_WORDS) ?? []),
      ]);
      for (const key of keys) add(key, { person, role });
    }
  ix = { roles, sited: new Map() };
  built.set(ctx.kb, ix);
  return ix;
}

/** The keys an office is looked up by: its words (English) or the office words it contains (Japanese). */
function keysOf(office: string): string[] {
  if (hasJapanese(office)) return office.match(JA_OFFICE_WORDS) ?? [office];
  return normalize(office.replace(/\bpm\b/, 'prime minister'))
    .split(' ')
    .filter((w) => w && !STOP.has(w));
}

/** Every role (of anyone) whose title is the office, with its holder: each spelling from the smallest bucket of its words. */
export function rolesTitled(ctx: Ctx, office: string): { person: PersonNow; role: RoleNow }[] {
  const { roles } = index(ctx);
  const out = new Set<{ person: PersonNow; role: RoleNow }>();
  for (const spelling of SHORT_FORMS[office] ?? [office]) {
    const buckets = keysOf(spelling).map((k) => roles.get(k) ?? []);
    if (!buckets.length) continue;
    const smallest = buckets.reduce((a, b) => (b.length < a.length ? b : a));
    for (const x of smallest)
      if (titleIs(x.role.title.en, office) || titleIs(x.role.title.ja, office)) out.add(x);
  }
  return [...out];
}

/** Whether some project known on the day is sited in the place ([English, Japanese]); computed once per place. */
export function someProjectIn(ctx: Ctx, place: readonly [string, string]): boolean {
  const { sited } = index(ctx);
  const known = sited.get(place[0]);
  if (known !== undefined) return known;
  const found = ctx.kb.projectsByAmount.some((p) => {
    const site = p.location?.current.value;
    return !!site && (site.en.includes(place[0]) || site.ja.includes(place[1]));
  });
  sited.set(place[0], found);
  return found;
}

/** A record's name mid-sentence: "synthetic diamond plant", but "Prime Minister Takaichi's White House visit" stays. */
export function recordLabel(ctx: Ctx, name: string): string {
  return /\s[A-Z][a-z]/.test(name) ? name : midSentence(ctx, name);
}
