import type { Lang, StatusCode } from '../answer/answer.js';

/** Every fixed phrase of the engine, in English and Japanese. Handlers pick words from here. */

const en = {
  status: {
    'reported-not-confirmed': 'reported, not confirmed',
    expected: 'expected',
    held: 'held',
    'under-way': 'under way (as reported)',
    cancelled: 'cancelled',
    'no-later-update': 'expected; no later update',
    opinion: 'reader opinion',
    'not-stated': 'not stated in the sources',
    discrepancy: 'discrepancy in the source',
  } satisfies Record<StatusCode, string>,
  sentenceEnd: '.',
  /** Between two sentences. */
  sentenceGap: ' ',
  projectsTitle: 'Candidate first projects',
  projectsLead: (n: number, total: string) =>
    `Japanese media reported ${n} candidate projects under consideration (${total} in all). None is confirmed, and Minister Akazawa declined to comment on specific initiatives.`,
  projectLabel: (name: string, amount: string) => `${name}: ${amount}`,
  partnersPossible: (names: string) => `Possible partners: ${names} (not confirmed).`,
  noPartners: 'No partner companies are named.',
  sectorsTitle: 'Target sectors',
  sectorsLead: (n: number, pledge: string) =>
    `The ${pledge} is earmarked for investment in ${n} strategic sectors in the United States. No amount per sector is given.`,
  timelineTitle: 'Timeline of the deal',
  timelineWindow: (shown: number, total: number) => `Showing the ${shown} events nearest today, of ${total}.`,
  timelineLead: (asOf: string) => `Every dated event in the fact base, oldest first (as known in ${asOf}).`,
  nextTitle: 'What comes next',
  sourcesTitle: 'Sources',
  sourcesLead: (n: number) =>
    `Every fact the bot gives comes from ${n === 1 ? 'this source' : `these ${n} sources`}. Reader comments below the article are shown only as opinions.`,
  helpTitle: 'deal-bot: what you can ask',
  helpLead:
    'I answer questions about the US–Japan $550 billion investment deal from a cited fact base, in English or Japanese. Commands:',
  helpNote: 'Or just ask: "what is the biggest project?", "who is Ryosei Akazawa?", "プロジェクトの候補は？"',
  asOfNote: (asOf: string) => `What I know is as of ${asOf}, the date of my newest source.`,
  ask: {
    projects: 'What are the candidate projects?',
    largest: "What's the biggest project?",
    share: 'What share of the pledge do the projects make up?',
    chosen: 'Has the first project been chosen?',
    sectors: 'Which sectors does the deal target?',
    sectorAmounts: 'How much goes to each sector?',
    meeting: 'Who is Howard Lutnick?',
    next: "What's next?",
    timeline: 'Show the timeline',
    pmVisit: "When is the PM's White House visit?",
    subscribe: '/deal subscribe reminders',
    mou: 'Who signed the MOU?',
    gives: 'What did the US give Japan in return?',
    pledge: 'How big is the pledge?',
    goals: 'What are the goals of the deal?',
    opinions: 'What do critics say?',
    whoAkazawa: 'Who is Ryosei Akazawa?',
    whoLutnick: 'Who is Howard Lutnick?',
  },
  monthNames: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  stance: { supportive: 'supportive', critical: 'critical', mixed: 'mixed' },
  projectsNotConfirmed:
    'These candidates were reported by Japanese media as under consideration; none is confirmed.',
  noProjects: 'No candidate projects are recorded.',
  largestTitle: 'The largest candidate project',
  smallestTitle: 'The smallest candidate project',
  extremeLead: (op: 'largest' | 'smallest', name: string, amount: string, n: number) =>
    `The ${op} of the ${n} reported candidates is the ${name.toLowerCase()}, at ${amount}.`,
  shareTitle: "The candidates' share of the pledge",
  shareLead: (total: string, pledge: string, pct: string) =>
    `Together the candidate projects come to ${total}, ${pct} of the ${pledge} pledge.`,
  totalTitle: 'Total of the candidate projects',
  totalLead: (n: number, total: string, pct: string) =>
    `The ${n} candidate projects add up to ${total}, ${pct} of the pledge.`,
  partnersLead: (name: string, partners: string) =>
    `Japanese media reported that the ${name.toLowerCase()} could potentially involve ${partners}. Their involvement is not confirmed.`,
  noPartnersLead: (name: string) => `No companies are named for the ${name.toLowerCase()}.`,
  amountLead: (name: string, amount: string) => `The ${name.toLowerCase()} is reported at ${amount}.`,
  projectLead: (purpose: string, amount: string, by: string) =>
    `${purpose}, reported at ${amount} by ${by} as one of the candidate first projects.`,
  firstProjectTitle: 'Has the first project been chosen?',
  firstProjectChosen: (names: string) => `Yes: ${names}.`,
  firstProjectNotChosen: (asOf: string) => `Not as of ${asOf}.`,
  noLaterSource: (asOf: string) => `No source after ${asOf} says whether one has been chosen since.`,
  sectorYes: (name: string, n: number) => `Yes. ${name} is one of the ${n} target sectors.`,
  sectorNo: (n: number, all: string) => `That is not one of the ${n} target sectors. They are: ${all}.`,
  sectorAll: (all: string) => `All target sectors: ${all}.`,
  sectorNoAmount: 'The sources give no amount for any sector.',
  participants: (who: string) => `Participants: ${who}.`,
  eventUpcomingDay: (name: string, when: string, days: number) =>
    `${name}: ${when}, ${days === 1 ? 'tomorrow' : `in ${days} days`}.`,
  eventUpcomingMonth: (name: string, when: string, asOf: string) =>
    `${name} is expected in ${when} according to the ${asOf} report. No exact date has been given.`,
  eventCurrentDay: (name: string, when: string) => `${name} is scheduled for ${when}: that is now.`,
  eventCurrentMonth: (name: string, when: string, asOf: string) =>
    `${name} is expected this month (${when}) according to the ${asOf} report; the exact date is not known.`,
  eventStale: (name: string, when: string, asOf: string) =>
    `${name} was expected in ${when} according to the ${asOf} report; no later update. Whether it took place is not in my sources.`,
  eventReportedUnderWay: (name: string, when: string, asOf: string) =>
    `${name}: ${when}, reported as under way in the ${asOf} report.`,
  eventHeld: (name: string, when: string) => `${name}: ${when}.`,
  daysUntil: (name: string, days: number, when: string) =>
    days === 0
      ? `${name} is today (${when}).`
      : `${days} day${days === 1 ? '' : 's'} until ${name} (${when}).`,
  daysUntilMonth: (name: string, when: string, days: number, asOf: string) =>
    `${name} is expected in ${when} (known only to the month, per the ${asOf} report): at least ${days} day${days === 1 ? '' : 's'} from now.`,
  monthTitle: (month: string) => `Events in ${month}`,
  nothingInMonth: (month: string) => `I know of no event in ${month}.`,
  nothingUpcoming: (today: string, asOf: string) =>
    `Nothing upcoming that I know of as of ${today}: every event in my sources (as of ${asOf}) is in the past.`,
  dealReached: (reached: string, pledge: string) =>
    `The United States and Japan reached the trade deal on ${reached}. Japan's ${pledge} investment pledge stems from it.`,
  dealGives: (party: string, what: string, other: string) =>
    `${party} gives: ${what.charAt(0).toLowerCase()}${what.slice(1)}.${other ? ` In exchange for: ${other.charAt(0).toLowerCase()}${other.slice(1)}.` : ''}`,
  pledgeLead: (pledge: string, reached: string) =>
    `Japan pledged ${pledge} for investment in critical US industries and technologies, under the trade deal reached on ${reached}.`,
  financingUnknown: 'The financing terms (loans, equity, guarantees, returns) are not stated in my sources.',
  goalsTitle: 'Goals of the deal',
  goalsLead: (goals: string) => `The stated goals are ${goals} for both the United States and Japan.`,
  partiesLead: (parties: string, reached: string) => `The deal is between ${parties}, reached on ${reached}.`,
  dealStatus: (n: number) =>
    `Status: the first project was still being structured; ${n} candidates were reported, none confirmed.`,
  personLead: (name: string, role: string, when: string) => `${name} is ${role}${when ? ` (${when})` : ''}.`,
  peopleTitle: 'People in the deal',
  peopleLead: 'The people my sources name, with their roles:',
  opinionsTitle: 'Reader opinions',
  opinionsLead: (n: number, pro: number, con: number, mixed: number) =>
    `${n} readers commented on the report: ${pro} supportive, ${con} critical, ${mixed} mixed. These are opinions, not facts.`,
  opinionsNote: 'Opinions of readers below the article, shown as they were written; not verified facts.',
  gapLead: (topic: string) => `${topic}: not stated in my sources.`,
  statusNote: (label: string) => `(${label})`,
  unknownTitle: "I don't know that",
  unknownLead: (asOf: string) =>
    `My sources don't say, so I won't guess. I answer from a cited fact base about the US–Japan $550 billion investment deal, as of ${asOf}.`,
  covers:
    'I cover: the pledge and trade deal, the MOU, the seven target sectors, the three candidate projects, the people and organisations, the timeline and what comes next, and reader opinions.',
  emptyTitle: 'Ask me about the deal',
  emptyLead: 'Type a question or a command after /deal.',
  ambiguousTitle: 'Did you mean…',
  ambiguousLead: (labels: string[]) => `Did you mean ${labels.join(' or ')}?`,
};

export type Messages = typeof en;

const ja: Messages = {
  status: {
    'reported-not-confirmed': '報道ベース・未確定',
    expected: '予定',
    held: '実施済み',
    'under-way': '進行中（報道時点）',
    cancelled: '中止',
    'no-later-update': '予定（その後の情報なし）',
    opinion: '読者の意見',
    'not-stated': '情報源に記載なし',
    discrepancy: '情報源に食い違いあり',
  },
  sentenceEnd: '。',
  sentenceGap: '',
  projectsTitle: '最初の案件の候補',
  projectsLead: (n, total) =>
    `日本メディアは検討中の候補案件を${n}件報じた（合計${total}）。いずれも確定しておらず、赤沢大臣は個別案件へのコメントを控えた。`,
  projectLabel: (name, amount) => `${name}：${amount}`,
  partnersPossible: (names) => `関与の可能性がある企業: ${names}（未確定）。`,
  noPartners: '関与企業は報じられていない。',
  sectorsTitle: '対象分野',
  sectorsLead: (n, pledge) =>
    `${pledge}は米国の${n}つの戦略分野への投資に充てられる。分野ごとの金額は示されていない。`,
  timelineTitle: '合意の経緯',
  timelineWindow: (shown, total) => `全${total}件のうち、今日に近い${shown}件を表示。`,
  timelineLead: (asOf) => `ファクトベースにある日付付きの出来事（${asOf}時点、古い順）。`,
  nextTitle: '今後の予定',
  sourcesTitle: '情報源',
  sourcesLead: (n) =>
    `ボットの回答はすべて以下の${n}件の情報源に基づく。記事下の読者コメントは意見としてのみ示す。`,
  helpTitle: 'deal-bot の使い方',
  helpLead: '日米5,500億ドル投資合意について、出典付きのファクトベースから英語・日本語で答えます。コマンド:',
  helpNote: '自由に質問もできます: 「最大の案件は？」「赤沢亮正とは誰？」「what is the biggest project?」',
  asOfNote: (asOf) => `私の情報は最新の情報源の時点（${asOf}）のものです。`,
  ask: {
    projects: 'プロジェクトの候補は？',
    largest: '最大の案件は？',
    share: '候補案件は誓約額の何%？',
    chosen: '最初の案件は決まった？',
    sectors: '対象分野は？',
    sectorAmounts: '分野ごとの金額は？',
    meeting: 'ラトニック長官とは誰？',
    next: '次の予定は？',
    timeline: '経緯を見せて',
    pmVisit: '首相のホワイトハウス訪問はいつ？',
    subscribe: '/deal subscribe reminders ja',
    mou: '覚書に署名したのは誰？',
    gives: '米国は見返りに何を？',
    pledge: '投資額はいくら？',
    goals: '合意の目的は？',
    opinions: '批判的な意見は？',
    whoAkazawa: '赤沢亮正とは誰？',
    whoLutnick: 'ラトニック長官とは誰？',
  },
  monthNames: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  stance: { supportive: '肯定的', critical: '批判的', mixed: '賛否両論' },
  projectsNotConfirmed: 'これらの候補は日本メディアが検討中と報じたもので、いずれも確定していない。',
  noProjects: '候補案件は記録されていない。',
  largestTitle: '最大の候補案件',
  smallestTitle: '最小の候補案件',
  extremeLead: (op, name, amount, n) =>
    `報じられた${n}件の候補のうち${op === 'largest' ? '最大' : '最小'}は${name}（${amount}）。`,
  shareTitle: '候補案件が誓約額に占める割合',
  shareLead: (total, pledge, pct) => `候補案件の合計は${total}で、${pledge}の誓約額の${pct}に当たる。`,
  totalTitle: '候補案件の合計',
  totalLead: (n, total, pct) => `${n}件の候補案件の合計は${total}で、誓約額の${pct}。`,
  partnersLead: (name, partners) =>
    `日本メディアは、${name}に${partners}が関与する可能性があると報じた。関与は確定していない。`,
  noPartnersLead: (name) => `${name}について企業名は報じられていない。`,
  amountLead: (name, amount) => `${name}の規模は${amount}と報じられている。`,
  projectLead: (purpose, amount, by) =>
    `${purpose}。${by}が最初の案件の候補の一つとして報じた（${amount}）。`,
  firstProjectTitle: '最初の案件は決まったか',
  firstProjectChosen: (names) => `はい: ${names}。`,
  firstProjectNotChosen: (asOf) => `${asOf}時点では決まっていない。`,
  noLaterSource: (asOf) => `${asOf}より後の情報源がないため、その後決まったかどうかは分からない。`,
  sectorYes: (name, n) => `はい。${name}は${n}つの対象分野の一つ。`,
  sectorNo: (n, all) => `それは${n}つの対象分野に含まれない。対象分野: ${all}。`,
  sectorAll: (all) => `対象分野: ${all}。`,
  sectorNoAmount: '分野ごとの金額は情報源に示されていない。',
  participants: (who) => `参加者: ${who}。`,
  eventUpcomingDay: (name, when, days) => `${name}: ${when}（${days === 1 ? '明日' : `あと${days}日`}）。`,
  eventUpcomingMonth: (name, when, asOf) =>
    `${asOf}の報道によれば、${name}は${when}の予定。正確な日付は示されていない。`,
  eventCurrentDay: (name, when) => `${name}は${when}の予定で、まさに今。`,
  eventCurrentMonth: (name, when, asOf) =>
    `${asOf}の報道によれば、${name}は今月（${when}）の予定。正確な日付は不明。`,
  eventStale: (name, when, asOf) =>
    `${asOf}の報道では、${name}は${when}の予定だった。その後の情報はなく、実施されたかどうかは情報源にない。`,
  eventReportedUnderWay: (name, when, asOf) => `${name}: ${when}（${asOf}の報道時点で進行中）。`,
  eventHeld: (name, when) => `${name}: ${when}。`,
  daysUntil: (name, days, when) =>
    days === 0 ? `${name}は今日（${when}）。` : `${name}まであと${days}日（${when}）。`,
  daysUntilMonth: (name, when, days, asOf) =>
    `${name}は${when}の予定（${asOf}の報道、月のみ判明）。少なくともあと${days}日。`,
  monthTitle: (month) => `${month}の出来事`,
  nothingInMonth: (month) => `${month}の出来事は把握していない。`,
  nothingUpcoming: (today, asOf) =>
    `${today}時点で把握している今後の予定はない。情報源（${asOf}時点）の出来事はすべて過去のもの。`,
  dealReached: (reached, pledge) =>
    `米国と日本は${reached}に貿易合意に達した。日本の${pledge}の投資誓約はこの合意に基づく。`,
  dealGives: (party, what, other) =>
    `${party}が提供するもの: ${what}。${other ? `その見返り: ${other}。` : ''}`,
  pledgeLead: (pledge, reached) =>
    `日本は${reached}に成立した貿易合意の下で、米国の重要産業・技術への${pledge}の投資を約束した。`,
  financingUnknown: '資金調達の条件（融資、出資、保証、利益配分）は情報源に示されていない。',
  goalsTitle: '合意の目的',
  goalsLead: (goals) => `掲げられた目的は、日米双方の${goals}の強化。`,
  partiesLead: (parties, reached) => `合意は${parties}の間で${reached}に成立した。`,
  dealStatus: (n) => `状況: 最初の案件は組成中で、${n}件の候補が報じられたが、いずれも未確定。`,
  personLead: (name, role, when) => `${name}は${role}${when ? `（${when}）` : ''}。`,
  peopleTitle: '合意に関わる人物',
  peopleLead: '情報源に登場する人物とその役職:',
  opinionsTitle: '読者の意見',
  opinionsLead: (n, pro, con, mixed) =>
    `記事には${n}件の読者コメントがある: 肯定的${pro}件、批判的${con}件、賛否両論${mixed}件。事実ではなく意見である。`,
  opinionsNote: '記事下の読者による意見（日本語は翻訳）。検証された事実ではない。',
  gapLead: (topic) => `${topic}は情報源に示されていない。`,
  statusNote: (label) => `（${label}）`,
  unknownTitle: '分かりません',
  unknownLead: (asOf) =>
    `情報源に記載がないため、推測はしません。私は日米5,500億ドル投資合意についての出典付きファクトベース（${asOf}時点）から答えます。`,
  covers:
    '対応範囲: 誓約と貿易合意、覚書、7つの対象分野、3つの候補案件、人物と組織、経緯と今後の予定、読者の意見。',
  emptyTitle: '合意について質問してください',
  emptyLead: '/deal の後に質問かコマンドを入力してください。',
  ambiguousTitle: 'どちらの意味ですか',
  ambiguousLead: (labels) => `${labels.join('、または')}のことですか？`,
};

const TABLES: Record<Lang, Messages> = { en, ja };

export function messages(lang: Lang): Messages {
  return TABLES[lang];
}

export function statusLabel(code: StatusCode, lang: Lang): string {
  return TABLES[lang].status[code];
}
