import type { Lang } from '../../answer/answer.js';

/** "First tranche of projects" → "first tranche of projects" in mid-sentence. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const ORDINAL_EN: Record<number, string> = {
  1: 'first',
  2: 'second',
  3: 'third',
  4: 'fourth',
  5: 'fifth',
  6: 'sixth',
  7: 'seventh',
  8: 'eighth',
  9: 'ninth',
  10: 'tenth',
};

/** The words of the question operators (yes/no, premise, detail, unknown names, commenters, why). */
const en = {
  notCovered: (names: readonly string[]) =>
    `My sources don't mention ${names.join(', ')}: there is no report of ${names.length > 1 ? 'them' : 'it'} in connection with the deal.`,
  notYet: (names: readonly string[], asOf: string) =>
    `My sources don't mention ${names.join(', ')} as of ${asOf}: there is no report of ${names.length > 1 ? 'them' : 'it'} yet.`,
  known: 'What my sources do say:',
  commenterTitle: (author: string) => `${author}, a reader`,
  commenterLead: (author: string, stance: string, text: string) =>
    `${author} is a reader who commented below the February 2026 article (${stance}): “${text}”`,
  commenterNotOfficial: (author: string) =>
    `No. ${author} is not an official: just a reader who commented below the February 2026 article.`,
  commenterNote: 'A reader opinion, shown as it was written; not a verified fact.',
  noSuchReport: (what: string) => `No: there is no report that ${what}.`,
  noSuchReportPlain: 'No: there is no such report in my sources.',
  noReportOf: (name: string, change: string) => `There is no report in my sources that ${name} ${change}.`,
  becameOffice: (office: string) => `became or was ${office}`,
  changes: {
    resign: 'resigned or was removed',
    cancel: 'was cancelled or dropped',
    withdraw: 'withdrew or pulled out',
    reject: 'rejected or refused anything of the kind',
    move: 'was moved',
    uphold: 'upheld them',
    approve: 'was approved',
    replace: 'was replaced or succeeded',
    'fall out': 'fell out with anyone or broke off talks',
  } as Record<string, string>,
  changesBy: {
    cancel: 'cancelled anything of the kind',
    move: 'moved anything of the kind',
    approve: 'approved anything of the kind',
  } as Record<string, string>,
  linked: (project: string, names: string) => `The sources link ${project} to: ${names}.`,
  yes: 'Yes.',
  no: 'No.',
  holdsRole: (name: string, role: string) => `${name} is ${role}.`,
  heldRole: (name: string, role: string) => `${name} was ${role}.`,
  notRole: (name: string, asked: string, role: string) =>
    `No. ${name} is not ${asked}, per my sources: ${name} is ${role}.`,
  notRoleNone: (name: string, asked: string) => `No. My sources do not report ${name} as ${asked}.`,
  sectorListed: (name: string) => `Yes. ${name} is one of the target sectors.`,
  sectorNotListed: (asked: string, near: string) =>
    `No: ${asked} is not listed by name among the target sectors${near ? `; the nearest is ${near}` : ''}.`,
  sectorsAre: (names: string) => `The target sectors are: ${names}.`,
  inGroup: (name: string, group: string) => `${name} is in the ${lowerFirst(group)}.`,
  notInGroup: (name: string, group: string) => `${name} is not in the ${lowerFirst(group)}.`,
  groupHas: (group: string, names: string) => `${group}: ${names}.`,
  tookPart: (event: string, names: string) => `${event}: ${names}.`,
  siteIs: (name: string, site: string) => `${name}: ${site}.`,
  eventOn: (event: string, when: string) => `${event}: ${when}.`,
  noReportYet: (name: string, asOf: string) => `There is no report of ${lowerFirst(name)} as of ${asOf}.`,
  disagree: (sides: string) => `sources disagree: ${sides}`,
  notYesOrNo: 'My sources do not put it as a yes or no. What they say:',
  noMeeting: (a: string, b: string, month: string) =>
    `My sources report no meeting between ${a} and ${b}${month ? ` in ${month}` : ''}.`,
  announcedOn: (date: string) => `Announced on ${date}.`,
  whyLead: (event: string, why: string) => `${event}: ${why}`,
  whyNotGiven: (event: string) => `My sources do not state a reason for ${event}.`,
  detailNotStated: (detail: string, subject: string) =>
    `The ${detail} of ${subject} is not stated in my sources.`,
  details: {
    jobs: 'number of jobs',
    yen: 'amount in yen',
    capacity: 'capacity',
    operator: 'operator',
    opening: 'start of operation',
    location: 'site',
    employees: 'workforce',
    grid: 'spending on grid upgrades',
    financing: 'financing',
    construction: 'start of construction',
    name: 'project name',
    output: 'expected output',
    duration: 'length',
    ownership: 'ownership',
  } as Record<string, string>,
  /** Labels of the record fields that hold a detail (see analysis/detail-words.ts). */
  fieldLabels: { location: 'Site', operator: 'Run by' } as Record<string, string>,
  noReportAsOf: (name: string, what: string, asOf: string) =>
    `There is no report in my sources, as of ${asOf}, that ${name} ${what}.`,
  notYetReported: (what: string, asOf: string) =>
    `Not reported yet as of ${asOf}: my sources have no report of ${what} so far.`,
  amountFor: (amount: string, name: string) => `${amount} for ${name}`,
  noOrdinal: (what: string, count: number, asOf: string) =>
    `There is no report of ${what} as of ${asOf}: my sources record ${count === 0 ? 'none' : count}.`,
  nth: (n: number) => ORDINAL_EN[n] ?? `${n}th`,
  ordinalTranche: (nth: string) => `a ${nth} tranche of projects`,
  ordinalProject: (nth: string, tranche: string) => `a ${nth} project in the ${tranche}`,
  ordinalEvent: (nth: string, noun: string, about: string) => `a ${nth} ${noun} ${about}`,
  eventNouns: { visit: 'visit', meeting: 'meeting', call: 'call' } as Record<string, string>,
  countTranches: (n: number) => `${n} tranches of projects`,
  countProjects: (n: number, tranche: string) => `${n} projects in the ${tranche}`,
  countEvents: (n: number, noun: string, about: string) => `${n} ${noun}s ${about}`,
  eventAbout: (names: string) => `of ${names}`,
  eventLike: (name: string) => `like ${name}`,
  amountDiffers: (name: string, asked: string, recorded: string) =>
    `There is no report in my sources of ${asked} for ${name}: the recorded figure is ${recorded}.`,
  noPayment: (name: string, asOf: string) =>
    `There is no report in my sources, as of ${asOf}, of money actually paid or disbursed for ${name}: the figures recorded are commitments and planned amounts.`,
  placeDiffers: (name: string, place: string, site: string) =>
    `There is no report in my sources that ${name} is in or moved to ${place}: its site is ${site}.`,
  notOfficeNow: (name: string, office: string, until: string, asOf: string) =>
    `${name} is not ${office} as of ${asOf}: ${name} was ${office}${until ? ` until ${until}` : ''}.`,
  isOrWas: (office: string) => `is or was ${office}`,
  tookPartIn: (event: string) => `took part in ${event}`,
  becameOn: (name: string, title: string, date: string) => `${name} became ${title} on ${date}.`,
  notInTranche: (project: string, tranche: string, asOf: string) =>
    `There is no report in my sources, as of ${asOf}, that ${project} is part of the ${tranche}.`,
  noMeetingAsOf: (names: string, when: string, asOf: string) =>
    `There is no report in my sources of ${names} meeting or agreeing anything${when ? ` ${when.replace(/^This/, 'this').replace(/^Last/, 'last').replace(/^Next/, 'next')}` : ''}, as of ${asOf}.`,
  rateDiffers: (name: string, asked: string, recorded: string, since: string, asOf: string) =>
    `There is no report in my sources that the ${name.replace(/^\d+% /, '')} is ${asked} as of ${asOf}: the recorded rate is ${recorded}${since ? `, in effect since ${since}` : ''}.`,
  holderSince: (name: string, office: string, since: string) =>
    `${name} is ${office}${since ? ` (since ${since})` : ''}.`,
};

export type OperatorMessages = typeof en;

const ja: OperatorMessages = {
  notCovered: (names) => `情報源は${names.join('、')}を扱っていません。合意に関連する報道はありません。`,
  notYet: (names, asOf) => `${asOf}時点の情報源には${names.join('、')}についての報道はありません。`,
  known: '情報源にあるのは次のことです。',
  commenterTitle: (author) => `${author}（読者）`,
  commenterLead: (author, stance, text) =>
    `${author}は2026年2月の記事に寄せられた読者コメントの投稿者です（${stance}）。「${text}」`,
  commenterNotOfficial: (author) =>
    `いいえ。${author}は当局者ではなく、2026年2月の記事にコメントした読者です。`,
  commenterNote: '読者の意見をそのまま示したもので、検証された事実ではありません。',
  noSuchReport: (what) => `いいえ。${what}という報道はありません。`,
  noSuchReportPlain: 'いいえ。情報源にそのような報道はありません。',
  noReportOf: (name, change) => `${name}が${change}という報道は情報源にありません。`,
  becameOffice: (office) => `${office}に就任した`,
  changes: {
    resign: '辞任・解任された',
    cancel: '中止・撤回された',
    withdraw: '撤退・離脱した',
    reject: '拒否した',
    move: '移転された',
    uphold: '支持・合憲と判断した',
    approve: '承認された',
    replace: '交代した・後任が決まった',
    'fall out': '決裂・対立した',
  },
  changesBy: {
    cancel: '何かを中止・撤回した',
    move: '何かを移転した',
    approve: '何かを承認した',
  },
  linked: (project, names) => `情報源が${project}と結びつけているのは: ${names}。`,
  yes: 'はい。',
  no: 'いいえ。',
  holdsRole: (name, role) => `${name}は${role}です。`,
  heldRole: (name, role) => `${name}は${role}でした。`,
  notRole: (name, asked, role) => `いいえ。${name}は${asked}ではありません。情報源によれば${role}です。`,
  notRoleNone: (name, asked) => `いいえ。情報源には${name}が${asked}だという報道はありません。`,
  sectorListed: (name) => `はい。${name}は対象分野の一つです。`,
  sectorNotListed: (asked, near) =>
    `いいえ。${asked}は対象分野として名指しされていません${near ? `。近いのは${near}です` : ''}。`,
  sectorsAre: (names) => `対象分野: ${names}。`,
  inGroup: (name, group) => `${name}は${group}に含まれています。`,
  notInGroup: (name, group) => `${name}は${group}に含まれていません。`,
  groupHas: (group, names) => `${group}: ${names}。`,
  tookPart: (event, names) => `${event}: ${names}。`,
  siteIs: (name, site) => `${name}: ${site}。`,
  eventOn: (event, when) => `${event}: ${when}。`,
  noReportYet: (name, asOf) => `${asOf}時点で${name}の報道はまだありません。`,
  disagree: (sides) => `情報源で食い違い: ${sides}`,
  notYesOrNo: '情報源ははい・いいえでは答えていません。記載は次のとおりです。',
  noMeeting: (a, b, month) => `情報源には${month ? `${month}の` : ''}${a}と${b}の会談の報道はありません。`,
  announcedOn: (date) => `${date}に発表。`,
  whyLead: (event, why) => `${event}：${why}`,
  whyNotGiven: (event) => `情報源には${event}の理由は示されていません。`,
  detailNotStated: (detail, subject) => `${subject}の${detail}は情報源に示されていません。`,
  details: {
    jobs: '雇用数',
    yen: '円建ての金額',
    capacity: '出力・規模',
    operator: '運営事業者',
    opening: '稼働開始時期',
    location: '建設地',
    employees: '従業員数',
    grid: '送電網増強への支出',
    financing: '融資',
    construction: '着工時期',
    name: '案件名',
    output: '見込まれる効果',
    duration: '時間',
    ownership: '所有関係',
  },
  fieldLabels: { location: '所在地', operator: '運営' },
  noReportAsOf: (name, what, asOf) => `${asOf}時点で、${name}が${what}という報道は情報源にありません。`,
  notYetReported: (what, asOf) => `${asOf}時点では${what}はまだ報じられていません。`,
  amountFor: (amount, name) => `${name}の${amount}という金額`,
  noOrdinal: (what, count, asOf) =>
    `${asOf}時点で${what}についての報道はありません（記録は${count === 0 ? 'まだありません' : `${count}件`}）。`,
  nth: (n) => `${n}`,
  ordinalTranche: (nth) => `第${nth}弾の案件`,
  ordinalProject: (nth, tranche) => `${tranche}の${nth}件目の案件`,
  ordinalEvent: (nth, noun, about) => `${about}の${nth}回目の${noun}`,
  eventNouns: { visit: '訪問', meeting: '会合', call: '電話会談' },
  countTranches: (n) => `${n}つの弾の案件`,
  countProjects: (n, tranche) => `${tranche}の${n}件の案件`,
  countEvents: (n, noun, about) => `${about}の${n}回の${noun}`,
  eventAbout: (names) => names,
  eventLike: (name) => name,
  amountDiffers: (name, asked, recorded) =>
    `${name}が${asked}だという報道は情報源にありません。記録されている金額は${recorded}です。`,
  noPayment: (name, asOf) =>
    `${asOf}時点で、${name}について実際に資金が支払われた・拠出されたという報道は情報源にありません。記録されている金額は約束・計画上の額です。`,
  placeDiffers: (name, place, site) =>
    `${name}が${place}にある、または移ったという報道は情報源にありません。所在地は${site}です。`,
  notOfficeNow: (name, office, until, asOf) =>
    `${asOf}時点で${name}は${office}ではありません（${office}だったのは${until ? `${until}まで` : '以前'}）。`,
  isOrWas: (office) => `${office}だ`,
  tookPartIn: (event) => `${event}に関わった`,
  becameOn: (name, title, date) => `${name}は${date}に${title}に就任しました。`,
  notInTranche: (project, tranche, asOf) =>
    `${asOf}時点で、${project}が${tranche}に含まれるという報道は情報源にありません。`,
  noMeetingAsOf: (names, when, asOf) =>
    `${asOf}時点で、${when ? `${when}に` : ''}${names}が会談・合意したという報道は情報源にありません。`,
  rateDiffers: (name, asked, recorded, since, asOf) =>
    `${asOf}時点で${name}が${asked}だという報道は情報源にありません。記録されている税率は${recorded}${since ? `（${since}から適用）` : ''}です。`,
  holderSince: (name, office, since) => `${name}は${office}です${since ? `（${since}から）` : ''}。`,
};

export function operatorMessages(lang: Lang): OperatorMessages {
  return lang === 'ja' ? ja : en;
}
