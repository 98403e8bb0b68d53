/**
 * Who leads an organisation (#12, plain look-ups): "who heads JBIC?", "JBICの総裁は？", "who chairs the
 * investment committee?". The people whose role at that organisation is current on the clock's day,
 * the one whose title is a head's ("Governor", "CEO", "総裁") first.
 */
import type { PersonNow } from '../../knowledge/view.js';
import { whoPerson } from '../handlers/who.js';
import type { ReadingScope } from './reading.js';

const HEAD = {
  en: /\b(head|heads|headed|chief|boss|governor|ceo|chair|chairs|chairman|chairwoman|president|leader|leads|led by|runs|in charge)\b/,
  ja: /総裁|社長|会長|トップ|代表|長官|委員長|責任者|議長|率いる/,
};
const HEAD_TITLE =
  /\b(governor|ceo|chair\w*|president|secretary|head|chief|representative)\b|総裁|社長|会長|長官|委員長|代表/i;

export function orgHeadReadings({ ctx, a, of, add }: ReadingScope): void {
  if (!HEAD.en.test(a.text) && !HEAD.ja.test(a.text)) return;
  const { kb, lang } = ctx;
  for (const m of of('organisation')) {
    const o = kb.organisations.get(m.entity.id);
    if (!o || o.kind === 'country') continue;
    const holders: { p: PersonNow; head: boolean }[] = [];
    for (const p of kb.facts.people) {
      const now = kb.people.get(p.id);
      const role = now?.roles.find((r) => r.current && r.organisation === o.id);
      if (now && role)
        holders.push({ p: now, head: HEAD_TITLE.test(role.title.en) || HEAD_TITLE.test(role.title.ja) });
    }
    const pick = holders.find((h) => h.head) ?? holders[0];
    if (!pick) continue;
    const p = pick.p;
    add({
      key: `who.${p.id}`,
      score: 0.94 * Math.max(m.strength, 0.8),
      label: p.name[lang],
      question: lang === 'ja' ? `${p.name.ja}とは誰？` : `Who is ${p.name.en}?`,
      run: (c, s) => whoPerson(c, p, s),
    });
  }
}
