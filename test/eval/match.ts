/**
 * Checks one answer against one expectation. Each failed check is named, so a failure says what was
 * missing rather than only that something was.
 */
import type { Answer } from '../../src/core/answer/answer.js';
import { mentions, normText } from './normalise.js';
import type { Alt, Expect } from './types.js';

/** The answer as a person reads it: title, text and the items' lines and dates. */
export function readable(answer: Answer): string {
  const items = answer.items.map((i) =>
    [i.label, i.detail ?? '', i.date ?? '', i.statusLabel ?? ''].join(' '),
  );
  return [answer.title, answer.text, ...items].join('\n');
}

const alts = (a: Alt): readonly string[] => (typeof a === 'string' ? [a] : a);
const anyOf = (text: string, a: Alt): boolean => alts(a).some((x) => mentions(text, x));
const show = (a: Alt): string => alts(a).join(' | ');

/** Saying "I don't know": an unknown answer, or a lead that says so. */
const DONT_KNOW =
  /\b(i|we) (don't|do not) know\b|won't guess|can't answer|cannot answer|(sources|i) (don't|do not) (cover|mention|have anything)|nothing (in|on) (my|the) sources|わかりません|分かりません|推測はしません|お答えできません|情報がありません|扱っていません|記載がない|言及がありません/;

export function saysDontKnow(answer: Answer): boolean {
  return answer.kind === 'unknown' || answer.intent === 'unknown' || DONT_KNOW.test(normText(answer.lead));
}

const YES = /^(yes|yep|yeah|はい|ええ)(?![a-z])/;
const NO = /^(no|nope|not quite|いいえ|いえ)(?![a-z])/;

/** "yes", "no" or undefined, from the first words of the lead (markup and quotes skipped). */
export function leadYesNo(answer: Answer): 'yes' | 'no' | undefined {
  const lead = normText(answer.lead || answer.text).replace(/^[\s*_>"'「『(]+/, '');
  if (YES.test(lead)) return 'yes';
  if (NO.test(lead)) return 'no';
  return undefined;
}

const NOT_STATED =
  /not (stated|given|reported|disclosed|specified|said|known|announced|published)|no (figure|number|details?|breakdown|word|date|report)|(don't|do not|doesn't|does not|didn't|did not) (say|state|give|specify|report|mention)|明らかにされていません|明らかにされていない|示されていません|示されていない|報じられていない|記載がありません|記載はありません|報じられていません|報道されていません|不明|書かれていません|言及がありません|触れていません|発表されていません|公表されていません/;

const NO_SUCH =
  /\bno (such )?(report|record|sign|mention|evidence)|not reported|there (is|was|'s) no|(did|does|has|have|is|was|were) ?n[o']t\b|never|nothing (in|on) (my|the) sources|報道はありません|報じられていません|記録はありません|事実はありません|ではありません|ありません|いません|なかった|していない/;

/** Four or more lower-case English words in a row: prose, not a name. */
const ENGLISH_PROSE = /\b[a-z]{2,}( [a-z]{2,}){3,}\b/;

/** The checks that failed, each as a short reason; empty when the answer meets the expectation. */
export function check(answer: Answer, expect: Expect): string[] {
  const text = readable(answer);
  const failed: string[] = [];
  for (const a of expect.mustMention ?? []) if (!anyOf(text, a)) failed.push(`missing: ${show(a)}`);
  for (const s of expect.mustNotMention ?? []) if (mentions(text, s)) failed.push(`must not mention: ${s}`);
  for (const r of expect.mustNotMatch ?? [])
    if (new RegExp(r, 'i').test(answer.text)) failed.push(`must not match: /${r}/`);
  if (expect.yesNo !== undefined) {
    const got = leadYesNo(answer);
    if (got !== expect.yesNo) failed.push(`expected ${expect.yesNo} first, got ${got ?? 'neither'}`);
  }
  if (expect.dontKnow !== undefined && saysDontKnow(answer) !== expect.dontKnow)
    failed.push(expect.dontKnow ? 'should say it does not know' : 'false "I don\'t know"');
  if (expect.namesBack !== undefined && !anyOf(text, expect.namesBack))
    failed.push(`does not name back: ${show(expect.namesBack)}`);
  if (expect.conflict) {
    const missing = expect.conflict.filter((a) => !anyOf(text, a));
    if (missing.length) failed.push(`conflict not shown: missing ${missing.map(show).join(', ')}`);
  }
  if (expect.notStated && !NOT_STATED.test(normText(text)))
    failed.push('does not say the detail is not stated');
  if (expect.rejectsPremise && !NO_SUCH.test(normText(answer.lead || answer.text)))
    failed.push('accepts the premise (the lead does not say there is no such report)');
  if (expect.maxChars !== undefined && answer.text.length > expect.maxChars)
    failed.push(`too long: ${answer.text.length} > ${expect.maxChars} characters`);
  if (expect.japaneseOnly && ENGLISH_PROSE.test(answer.text))
    failed.push('English prose in a Japanese answer');
  return failed;
}
