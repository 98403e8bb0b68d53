import { hasJapanese } from './text.js';

/**
 * Question cues: the words that say what kind of answer is wanted, in English (on normalised
 * text) and Japanese (on the raw text). Declared as data so adding a phrasing is one line.
 */
export const CUES = {
  when: {
    en: /\b(when|whens|what date|which date|what day|which day|date|dates|what time|scheduled?|timing)\b/,
    ja: /いつ|何日|日付|日程|何月|時期/,
  },
  who: {
    en: /\b(who|whom|whose|who s|whos|role|roles|title|position|job)\b/,
    ja: /誰|だれ|どなた|何者|とは|役職|役割|肩書/,
  },
  where: { en: /\b(where|location|venue)\b/, ja: /どこ|場所/ },
  howMuch: {
    en: /\b(how much|how big|amount|worth|cost|costs|value|valued|size|budget|price|dollars?)\b/,
    ja: /いくら|金額|規模|額/,
  },
  countdown: {
    en: /\b(how (many|long) (days|weeks|months)|days? (until|till|til|to go|left|before|remain)|how long (until|till|before)|countdown)\b/,
    ja: /あと何日|まで何日|何日後|あと何|まであと/,
  },
  next: {
    en: /\b(next|upcoming|coming up|ahead|soon|future|later this|what (?:s|is) coming|whats coming)\b/,
    ja: /次|今後|これから|予定は|近く/,
  },
  total: {
    en: /\b(total|sum|combined|altogether|all together|in all|add up|adds up|together|aggregate)\b/,
    ja: /合計|総額|合わせ|総計/,
  },
  largest: {
    en: /\b(biggest|largest|most expensive|highest|priciest|largest one|main one|flagship)\b/,
    ja: /最大|一番大き|最も大き|いちばん大き|最高額/,
  },
  smallest: {
    en: /\b(smallest|least expensive|cheapest|lowest|tiniest)\b/,
    ja: /最小|一番小さ|最も小さ|いちばん小さ/,
  },
  // Two recorded amounts at once (operators/arithmetic.ts).
  compare: {
    en: /\b(bigger|larger|greater|smaller|less|more|cheaper|pricier|costlier|higher|lower|vs|versus|compared?( to| with)?|which is (bigger|larger|smaller)|which costs more)\b/,
    ja: /大きい|小さい|多い|少ない|どっち|どちら|比べ|比較|上回|下回/,
  },
  difference: {
    en: /\b(difference|by how much|how much more|how much less|gap between)\b/,
    ja: /差額|差は|差が|違いは|どれだけ多/,
  },
  ratio: {
    en: /\b(how many times|times (bigger|larger|as big|as large|more|the size)|multiple of)\b/,
    ja: /何倍|何分の一|倍/,
  },
  average: { en: /\b(average|mean|typical size|avg)\b/, ja: /平均/ },
  remainder: {
    en: /\b(left|remaining|remains|remainder|still to (be )?(allocate|commit|assign)\w*|unallocated|unspent)\b/,
    ja: /残り|残る|残って|未配分|割り当てられていない|未割り当て|使われていない/,
  },
  share: {
    en: /\b(share|percent|percentage|proportion|fraction|portion|what part|how much of)\b|%/,
    ja: /割合|パーセント|占め|何割|比率/,
  },
  membership: {
    en: /\b(one of|among|part of|included|include|includes|covered|cover|covers|in the list|on the list|a target|eligible)\b/,
    ja: /含まれ|入って|対象(です|に|か|[？?]|$)|対象分野(です|に|か|[？?]|$)/,
  },
  chosen: {
    en: /\b(chosen|choose|selected|select|decided|decide|picked|pick|confirmed|finali[sz]ed|approved|agreed on|settled|announced)\b/,
    ja: /決まっ|決定|選ばれ|確定|選定|承認/,
  },
  said: {
    en: /\b(say|says|said|saying|think|thinks|thought|view|views|stance|position|comment\w*|remark\w*|statement\w*|claim\w*)\b/,
    ja: /言っ|発言|述べ|考え|見解|立場|コメント|どう思/,
  },
  opinions: {
    en: /\b(critics?|criticism|criticize|opinions?|think|thinks|reactions?|react|comments?|views?|good for|bad for|good deal|bad deal|benefit|benefits|beneficial|pros|cons|controvers\w*|concerns?|worr\w*|supporters?|readers?|people say|fair|win win|who wins|downsides?|upsides?|against|both (countries|nations|sides))\b/,
    ja: /批判|意見|評価|反応|コメント|賛否|良いこと|よいこと|利益になる|懸念|読者|どう思|得をする|損/,
  },
  critical: {
    en: /\b(critics?|criticism|criticize|against|bad|concerns?|downsides?|cons|negative|oppose\w*|worr\w*)\b/,
    ja: /批判|懸念|反対|否定|損/,
  },
  supportive: {
    en: /\b(supporters?|support|positive|upsides?|pros|praise|in favou?r|for it)\b/,
    ja: /支持|賛成|肯定|好意/,
  },
  inReturn: {
    en: /\b(in return|in exchange|exchange for|give japan|gave japan|giving japan|japan get\w*|japan got|japan receive\w*|in it for japan|tariffs?|automobiles?|cars?|autos?|car makers?|automakers?|what does the us give|what did the us give|us offer|quid pro quo)\b/,
    ja: /見返り|引き換え|関税|自動車|代わりに/,
  },
  japanGives: {
    en: /\bjapan\b.*\b(give|gives|gave|commit|commits|committed|pledge|pledged|promise|promised|invest|invests|put in|contribute\w*|provide\w*)\b/,
    ja: /日本は.*(約束|拠出|投資|出す)|日本が.*(約束|拠出|投資|出す)/,
  },
  pledge: {
    en: /\b(pledge|commitment|how much .*invest\w*|invest\w* how much|size of the (deal|investment|pledge)|how big is the (deal|pledge|investment|commitment))\b/,
    ja: /誓約|拠出|投資額|投資規模|いくら投資/,
  },
  goals: {
    en: /\b(goals?|aims?|purpose|why|objectives?|point of|intended|rationale|motivation)\b/,
    ja: /目的|狙い|目標|なぜ|意図/,
  },
  parties: {
    en: /\b(parties|between whom|which countries|what countries|who agreed|between which)\b/,
    ja: /当事国|どの国|どこの国/,
  },
  sources: {
    en: /\b(sources?|cite|citations?|according to whom|references?|where (does|do|did) (this|that|the|your) \w+ come from|how do you know)\b/,
    ja: /出典|情報源|ソース|根拠/,
  },
  help: {
    en: /\b(help|what can you do|how do i use|how to use|commands?|usage|what do you know)\b/,
    ja: /ヘルプ|使い方|何ができ|何を知/,
  },
  keyDates: {
    en: /\b(key dates|main dates|important dates|major dates|big dates|milestones|key events|major events|key moments|turning points)\b/,
    ja: /主な日付|主な日程|重要な日付|節目|主な出来事|主要な出来事|重要な出来事/,
  },
  timeline: {
    en: /\b(timeline|history|chronology|so far|what has happened|what happened|events|milestones|key dates)\b/,
    ja: /経緯|年表|これまで|沿革|タイムライン/,
  },
  partners: {
    en: /\b(compan(y|ies)|partners?|firms?|involved|involve|involving|linked|tied|behind|participat\w*|backers?|businesses|corporations?|who is building|whos building|who will build|operators?|operated|operates|runs|run by|developers?)\b/,
    ja: /企業|会社|パートナー|関与|関わ|参加|運営|事業者/,
  },
  projects: {
    en: /\b(projects?|candidates?|initiatives?|first project|proposals?|deals? under consideration)\b/,
    ja: /案件|プロジェクト|候補/,
  },
  sectors: {
    en: /\b(sectors?|industries|industry|areas|fields|target sectors?|strategic sectors?)\b/,
    ja: /分野|セクター|産業/,
  },
  status: {
    en: /\b(status|progress|update|updates|latest|news|where do things stand|state of play|going)\b/,
    ja: /状況|進捗|現状|最新/,
  },
  exactDate: {
    en: /\b(exact date|exact day|which day|what day|specific date|precise date)\b/,
    ja: /正確な日|具体的な日|何日に|日付は/,
  },
  weekday: { en: /\b(weekday|day of the week|wednesday|tuesday)\b/, ja: /曜日|水曜|火曜/ },
  signed: { en: /\b(sign|signs|signed|signing|signatories|signatory)\b/, ja: /署名|調印/ },
  meeting: {
    en: /\b(meet|meets|meeting|met|visit|visits|visiting|trip|summit|talks|discuss|discussed|discussion|agenda|topics?)\b/,
    ja: /会談|訪問|訪米|会う/,
  },
  greeting: {
    en: /^(hello|hi|hey|good (morning|afternoon|evening)|thanks?|thank you|thx)\b/,
    ja: /^(こんにちは|こんばんは|おはよう|ありがとう)/,
  },
  people: {
    en: /\b(people|key people|players|officials|who is involved|who (?:s|is) involved|who are involved|names|personalities)\b/,
    ja: /人物|関係者|誰が関わ/,
  },
  companies: { en: /\b(compan(y|ies)|firms?|corporations?|businesses)\b/, ja: /企業|会社/ },
  risks: { en: /\b(risks?|risky|dangers?|pitfalls|problems|criticisms?)\b/, ja: /リスク|危険|問題点/ },
  first: { en: /\b(first|initial|inaugural)\b/, ja: /最初|第1弾|第一弾|初の|第1号/ },
  ruling: {
    en: /\b(decide|decided|decision|rule|ruled|ruling|verdict|struck down|strike down|strikes down|court)\b/,
    ja: /判決|判断|違憲|無効|最高裁|決めた|決め/,
  },
  deadline: { en: /\b(deadline|due date|by when|cut ?off date)\b/, ja: /期限|期日|締め切り/ },
  disagree: {
    en: /\b(disagree\w*|conflicting|conflicts?|disputed?|discrepanc\w*|contradict\w*|inconsisten\w*)\b/,
    ja: /食い違|矛盾|相違|見解が分かれ/,
  },
  terms: {
    en: /\b(terms?|conditions|mou says|under the mou|profits?|cash ?flows?|split|45 days|funding window)\b/,
    ja: /条件|利益配分|配分|キャッシュフロー|45日/,
  },
  happened: {
    en: /\b(did .{1,60} happen|has .{1,60} happened|take place|took place|taken place|happen|happened|go ahead|went ahead|held)\b/,
    ja: /行われ|実施され|開かれ|実現/,
  },
  what: {
    en: /\b(what|tell me about|explain|describe|summary|summari[sz]e|overview|about|happens?|happening|happened)\b/,
    ja: /何|なに|なん(?:て|なの|ですか)|とは|について|教えて|概要/,
  },
} as const;

export type CueName = keyof typeof CUES;

const NAMES = Object.keys(CUES) as CueName[];
const GLOBAL_EN = NAMES.map((name) => new RegExp(CUES[name].en.source, 'g'));

/** The cues in a question, and the character spans (in the normalised text) their English words cover. */
export function scanCues(normalized: string, raw: string): { cues: Set<CueName>; spans: [number, number][] } {
  const cues = new Set<CueName>();
  const spans: [number, number][] = [];
  const japanese = hasJapanese(raw);
  NAMES.forEach((name, i) => {
    const re = GLOBAL_EN[i] as RegExp;
    re.lastIndex = 0;
    let hit = false;
    for (let m = re.exec(normalized); m; m = re.exec(normalized)) {
      hit = true;
      spans.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
    if (hit || (japanese && CUES[name].ja.test(raw))) cues.add(name);
  });
  return { cues, spans };
}

const GLOBAL_JA = NAMES.map((name) => new RegExp(CUES[name].ja.source, 'gu'));

/** The Japanese cue phrases found in a question (to tell which of its words are understood). */
export function japaneseCuePhrases(raw: string): string[] {
  const out: string[] = [];
  for (const re of GLOBAL_JA) for (const m of raw.matchAll(re)) if (m[0]) out.push(m[0]);
  return out;
}

const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** A month named in the question: "March 2026", "in march", "2026年3月", "3月"; or relative ("next month"). */
export function detectMonth(
  normalized: string,
  raw: string,
): { month: number; year?: number } | { relative: -1 | 0 | 1 } | null {
  const ja = /(?:(\d{4})年)?\s*(\d{1,2})月/.exec(raw.normalize('NFKC'));
  if (ja) {
    const month = Number(ja[2]);
    if (month >= 1 && month <= 12) return ja[1] ? { month, year: Number(ja[1]) } : { month };
  }
  if (/来月/.test(raw) || /\bnext month\b/.test(normalized)) return { relative: 1 };
  if (/今月/.test(raw) || /\bthis month\b/.test(normalized)) return { relative: 0 };
  if (/先月/.test(raw) || /\blast month\b/.test(normalized)) return { relative: -1 };
  const en =
    /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b(?:\s+(?:of\s+)?(\d{4}))?/.exec(
      normalized,
    );
  if (!en) return null;
  const word = en[1] ?? '';
  // "may" and "mar" are also ordinary words: only take them with a year or after "in".
  if ((word === 'may' || word === 'mar') && !en[2] && !new RegExp(`\\bin ${word}\\b`).test(normalized))
    return null;
  const month = MONTHS[word] ?? 0;
  return en[2] ? { month, year: Number(en[2]) } : { month };
}
