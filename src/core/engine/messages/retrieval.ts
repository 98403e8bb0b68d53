import type { Lang } from '../../answer/answer.js';

/** The words of a retrieved claim's answer (see retrieval/), in English and Japanese. */
const en = {
  title: 'The closest thing in my sources',
  /** The claim, then where and when it was reported. */
  lead: (claim: string, when: string, provenance: string) =>
    `The closest thing in my sources: ${claim}${when ? ` (${when})` : ''}${provenance ? `, ${provenance}` : ''}.`,
  note: 'Found by the words of your question: it may not answer it exactly. Try naming the project, person or event.',
  /** A claim about a record, shown as "<record>: <claim>". */
  about: (record: string, claim: string) => `${record}: ${claim}`,
  runBy: (names: string) => `run by ${names} (the operator)`,
  where: (place: string) => `located in ${place}`,
  article: (outlet: string, title: string) => `${outlet}, “${title}”`,
};

export type RetrievalMessages = typeof en;

const ja: RetrievalMessages = {
  title: '情報源で最も近い内容',
  lead: (claim, when, provenance) =>
    `情報源で最も近い内容はこちらです：${claim}${when ? `（${when}）` : ''}。${provenance ? `${provenance}。` : ''}`,
  note: '質問の言葉から探した内容で、質問に直接答えていない場合があります。案件名・人名・出来事の名前を添えてお尋ねください。',
  about: (record, claim) => `${record}：${claim}`,
  runBy: (names) => `運営は${names}（運営事業者）`,
  where: (place) => `所在地は${place}`,
  article: (outlet, title) => `${outlet}の記事「${title}」`,
};

export function retrievalMessages(lang: Lang): RetrievalMessages {
  return lang === 'ja' ? ja : en;
}
