import type { PersonNow } from '../../knowledge/view.js';
import type { Mention } from '../gazetteer.js';
import { namesOf } from '../knowledge.js';
import { hasJapanese, normalize } from '../text.js';

/** Words that make a phrase an office ("treasury secretary", "外相"). */
const OFFICE_EN =
  /\b(minister|secretary|president|pm|premier|governor|ambassador|ceo|chair(man)?|negotiator|speaker|chancellor|representative)\b/;
const OFFICE_JA = /(相|大臣|長官|首相|大統領|総理|知事|大使|社長|代表)$/;

/** Whether a name as matched is an office ("prime minister", "首相"): a role, not a person's name. */
export function officeAlias(alias: string): boolean {
  return OFFICE_EN.test(alias) || OFFICE_JA.test(alias);
}

/** Short forms of offices, spelled out as the role titles spell them. */
export const SHORT_FORMS: Record<string, readonly string[]> = {
  pm: ['prime minister'],
  premier: ['prime minister'],
  首相: ['首相', '総理'],
  総理: ['首相', '総理'],
  外相: ['外務大臣', '外相'],
  財務相: ['財務大臣', '財務相'],
  経産相: ['経済産業大臣', '経産相'],
  防衛相: ['防衛大臣', '防衛相'],
};

/** The office a yes/no question asks a person about: the words left once the name and the verb are gone. */
export function askedOffice(
  text: string,
  raw: string,
  person: Mention,
  japanese: boolean,
): string | undefined {
  if (japanese) {
    const rest = raw
      .normalize('NFKC')
      .replace(/[?？!！。、\s]/g, '')
      .split(/は|って|も|が/)
      .slice(1)
      .join('')
      .replace(/^(まだ|もう|今|現在|今も)/, '')
      .replace(/(なの|です|ですか|だよね|だっけ|か|の|？)+$/, '');
    return rest && OFFICE_JA.test(rest) ? rest : undefined;
  }
  // The name as typed: the matched alias may be an office itself ("trade minister").
  const names = [person.alias, ...namesOf(person.entity).map(normalize)].filter((n) => n && text.includes(n));
  const name = names.sort((a, b) => text.indexOf(a) - text.indexOf(b))[0];
  if (!name) return undefined;
  const rest = text
    .slice(text.indexOf(name) + name.length)
    .replace(/^s\b/, '')
    .replace(/\b(still|now|right now|currently|yet|today|anymore|any more)\b/g, ' ')
    .replace(/^\s*(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return rest && OFFICE_EN.test(rest) && rest.split(' ').length <= 5 ? rest : undefined;
}

/** Whether a role title is the asked office: every word of it in the title (English), or the title contains it (Japanese). */
export function titleIs(title: string, office: string): boolean {
  const spellings = SHORT_FORMS[office] ?? [office];
  return spellings.some((s) => {
    if (hasJapanese(s)) return title.includes(s);
    const words = new Set(normalize(title).split(' '));
    return normalize(s.replace(/\bpm\b/, 'prime minister'))
      .split(' ')
      .filter((w) => !['the', 'of', 'us', 'japans', 'japan', 'japanese'].includes(w))
      .every((w) => words.has(w));
  });
}

/** The person's current role titles in a language. */
export function currentTitles(p: PersonNow, lang: 'en' | 'ja'): string[] {
  return p.roles.filter((r) => r.current).map((r) => r.title[lang]);
}
