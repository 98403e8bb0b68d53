import type { StatusCode } from '../../answer/answer.js';

/** Every fixed phrase of the engine in English. The Japanese table must have the same shape. */
export const en = {
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
    companies: 'Which companies are involved?',
  },
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
  companiesTitle: 'Companies named in the sources',
  companiesLead: (n: number) =>
    `My sources name ${n} companies, each as a possible partner in a candidate project reported by Japanese media; none is confirmed.`,
  projectWhereUnknown: 'Where it would be built is not stated in my sources.',
  projectWhenUnknown: 'When it would be built, or decided, is not stated in my sources.',
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
  notMentioned: (names: readonly string[]) => `My sources don't mention ${names.join(', ')}.`,
  companiesNamed: (names: string) => `The companies they do name: ${names}.`,
  emptyTitle: 'Ask me about the deal',
  emptyLead: 'Type a question or a command after /deal.',
  ambiguousTitle: 'Did you mean…',
  ambiguousLead: (labels: string[]) => `Did you mean ${labels.join(' or ')}?`,
};

export type Messages = typeof en;
