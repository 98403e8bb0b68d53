import type { StatusCode } from '../../answer/answer.js';

/** Every fixed phrase of the engine in English. The Japanese table must have the same shape. */
export const en = {
  status: {
    'reported-not-confirmed': 'reported, not confirmed',
    expected: 'expected',
    held: 'held',
    'under-way': 'under way',
    cancelled: 'cancelled',
    postponed: 'postponed',
    confirmed: 'selected',
    conflicting: 'sources disagree',
    'low-authority': 'single low-authority report',
    'no-later-update': 'expected; no later report',
    opinion: 'reader opinion',
    'not-stated': 'not stated in the sources',
    discrepancy: 'discrepancy in the source',
  } satisfies Record<StatusCode, string>,
  sentenceEnd: '.',
  /** Between two sentences. */
  sentenceGap: ' ',
  projectsTitle: 'Projects under the deal',
  projectsLead: (n: number, confirmed: number, total: string) =>
    `${n} project${n === 1 ? ' is' : 's are'} recorded: ${confirmed === 0 ? 'none' : confirmed} selected or announced${confirmed ? ` (${total} in all)` : ''}, ${n - confirmed === 0 ? 'none' : n - confirmed} only reported as candidate${n - confirmed === 1 ? '' : 's'}.`,
  projectStatus: {
    candidate: 'a reported candidate, not confirmed',
    selected: 'selected',
    announced: 'announced',
    financed: 'financed',
    'under-construction': 'under construction',
    dropped: 'dropped',
  },
  someNotConfirmed: (n: number) =>
    `${n === 1 ? 'One of them is' : `${n} of them are`} only reported as candidate${n === 1 ? '' : 's'}, not confirmed.`,
  located: (place: string) => `Where: ${place}.`,
  partnersConfirmed: (names: string) => `Run by: ${names}.`,
  projectLabel: (name: string, amount: string) => `${name}: ${amount}`,
  partnersPossible: (names: string) => `Possible partners: ${names} (not confirmed).`,
  noPartners: 'No partner companies are named.',
  sectorsTitle: 'Target sectors',
  noSectors: (asOf: string) => `No target sectors had been reported as of ${asOf}.`,
  sectorsLead: (n: number, pledge: string) =>
    `The ${pledge} is earmarked for investment in ${n} strategic sectors in the United States. No amount per sector is given.`,
  timelineTitle: 'Timeline of the deal',
  timelineWindow: (shown: number, total: number) => `Showing the ${shown} events nearest today, of ${total}.`,
  milestonesTitle: 'Key dates of the deal',
  milestonesLead: (count: number, asOf: string) =>
    `The deal's ${count} key dates, oldest first (as of ${asOf}); ask "timeline" for every event.`,
  timelineLead: (asOf: string) => `Every dated event in the fact base, oldest first (as of ${asOf}).`,
  nextTitle: 'What comes next',
  sourcesTitle: 'Sources',
  sourcesLead: (n: number) =>
    `Every fact I give comes from ${n === 1 ? 'this source' : `these ${n} sources`} (the newest first). Reader comments are shown only as opinions; low-authority sites are marked.`,
  sourcesMore: (shown: number, n: number) =>
    `Showing the ${shown} newest of ${n}; the answer's "sources" field lists them all.`,
  helpTitle: 'deal-bot: what you can ask',
  helpLead:
    'I answer questions about the US–Japan $550 billion investment deal from a cited fact base, in English or Japanese. Commands:',
  helpNote: 'Or just ask: "what is the biggest project?", "who is Ryosei Akazawa?", "プロジェクトの候補は？"',
  asOfNote: (asOf: string) => `What I know is as of ${asOf}.`,
  asOfShort: (asOf: string) => `As of ${asOf}`,
  sourcesRunTo: (month: string) => `As of ${month} (my sources run to ${month})`,
  sourcesEnd: (month: string) =>
    `My sources run to ${month}: nothing later is known to me, so this is what the last sources said.`,
  ask: {
    projects: 'What are the projects?',
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
    terms: 'What are the terms of the MOU?',
    disagreements: 'Where do the sources disagree?',
  },
  roleCurrent: 'current',
  roleFormer: 'former',
  nowRole: (title: string) => `Now: ${title}.`,
  notYetReported: (topic: string) => `${topic}: nothing was reported on it yet.`,
  conflictNote: (topic: string, note: string) =>
    `Sources disagree on ${topic.charAt(0).toLowerCase()}${topic.slice(1)}.${note ? ` ${note}` : ''}`,
  termsTitle: 'Terms of the deal',
  termsLead: (n: number) => `${n} term${n === 1 ? ' is' : 's are'} reported:`,
  noTerms: 'No terms of the deal were reported yet.',
  trancheStatus: { candidates: 'candidates only', announced: 'announced', selected: 'selected' },
  trancheLead: (name: string, status: string, when: string, total: string, n: number) =>
    `${name}${status ? ` (${status})` : ''}${when ? `, ${when}` : ''}: ${n} project${n === 1 ? '' : 's'}${total ? `, ${total}` : ''}.`,
  tariffStatus: {
    announced: 'announced',
    'in-force': 'in force',
    'struck-down': 'struck down',
    expired: 'expired',
    replaced: 'replaced',
  },
  tariffLead: (name: string, rate: string, status: string, by: string) =>
    `${name}: ${[rate, status ? `${status}${by ? ` (${by})` : ''}` : ''].filter(Boolean).join('; ')}.`,
  appliesTo: 'Applies to',
  legalBasis: 'Legal basis',
  tariffEffective: (when: string) => `In effect from ${when}.`,
  tariffEnds: (when: string) => `Ends ${when}.`,
  conflictLead: (topic: string, n: number) =>
    `The sources disagree on ${topic.charAt(0).toLowerCase()}${topic.slice(1)}: ${n} positions, shown side by side.`,
  conflictOneSide: (topic: string) => `${topic}: only one position was reported so far.`,
  conflictsTitle: 'Where the sources disagree',
  conflictsLead: (n: number) => `The sources disagree on ${n} point${n === 1 ? '' : 's'}:`,
  noConflicts: 'No disagreement between sources is recorded so far.',
  stance: { supportive: 'supportive', critical: 'critical', mixed: 'mixed' },
  noProjects: 'No projects are recorded yet.',
  frameNothing: (label: string) => `${label}: no event in my sources.`,
  askWhoIs: (name: string) => `Who is ${name}?`,
  tariffsTitle: 'US tariffs on Japan',
  tariffsLead: (n: number, asOf: string) =>
    n
      ? `The US tariff measures on Japan my sources record, with their rates as of ${asOf}:`
      : 'No tariff measure is recorded yet.',
  projectsInTitle: (place: string) => `Projects in ${place}`,
  projectsIn: (place: string, n: number) =>
    n === 0
      ? `No project in ${place} is recorded in my sources.`
      : `${n} ${n === 1 ? 'project is' : 'projects are'} recorded in ${place}:`,
  largestTitle: 'The largest project',
  smallestTitle: 'The smallest project',
  extremeLead: (op: 'largest' | 'smallest', name: string, amount: string, n: number) =>
    `The ${op} of the ${n} projects recorded is ${name}, at ${amount}.`,
  shareTitle: "The projects' share of the pledge",
  shareLead: (total: string, pledge: string, pct: string) =>
    `Together the selected or announced projects come to ${total}, ${pct} of the ${pledge} pledge.`,
  totalTitle: 'Total of the projects',
  totalLead: (n: number, total: string, pct: string) =>
    `The ${n} selected or announced project${n === 1 ? '' : 's'} add${n === 1 ? 's' : ''} up to ${total}, ${pct} of the pledge.`,
  noTotal: (candidates: number) =>
    `No project had been selected or announced yet, so there is no total; ${candidates} candidate${candidates === 1 ? ' was' : 's were'} reported.`,
  candidatesNotSummed: (n: number) =>
    `${n} reported candidate${n === 1 ? ' is' : 's are'} not added in: their figures are mostly "up to" amounts, and some share one combined figure.`,
  amountLead: (name: string, amount: string) => `${name}: ${amount}.`,
  projectLead: (name: string, purpose: string, status: string, amount: string) =>
    `${name} (${status}): ${purpose.charAt(0).toLowerCase()}${purpose.slice(1)}. Amount: ${amount}.`,
  firstProjectTitle: 'The first project',
  firstProjectChosen: (names: string) => `Selected: ${names}.`,
  firstTrancheChosen: (tranche: string, names: string) =>
    `The ${tranche.charAt(0).toLowerCase()}${tranche.slice(1)}: ${names}.`,
  firstProjectNotChosen: (asOf: string) => `Not as of ${asOf}.`,
  noLaterSource: (asOf: string) => `No source after ${asOf} says whether one has been chosen since.`,
  sectorYes: (name: string, n: number) => `Yes. ${name} is one of the ${n} target sectors.`,
  sectorNo: (n: number, all: string) => `That is not one of the ${n} target sectors. They are: ${all}.`,
  sectorAll: (all: string) => `All target sectors: ${all}.`,
  sectorNoAmount: 'The sources give no amount for any sector.',
  remarksTitle: (name: string) => `${name}: what the sources report`,
  remarksLead: (name: string, count: number) =>
    `My sources report ${count} ${count === 1 ? 'statement or event' : 'statements and events'} involving ${name}, newest first.`,
  participants: (who: string) => `Participants: ${who}.`,
  eventUpcomingDay: (name: string, when: string, days: number) =>
    `${name}: ${when}, ${days === 1 ? 'tomorrow' : `in ${days} days`}.`,
  eventUpcomingMonth: (name: string, when: string, reported: string) =>
    `${name} is expected in ${when}, as reported on ${reported}. No exact date has been given.`,
  eventCurrentDay: (name: string, when: string) => `${name}: ${when}, under way now.`,
  eventCurrentMonth: (name: string, when: string, reported: string) =>
    `${name} is expected this month (${when}), as reported on ${reported}; the exact date is not known.`,
  eventStale: (name: string, when: string, asOf: string) =>
    `${name} (${when}): my sources (to ${asOf}) have no later report, so whether it went ahead is not known.`,
  // A name that already says it happened ("MOU signed", "campus announced") takes no "took place".
  eventHeld: (name: string, when: string, gathering: boolean) =>
    gathering && !/\b[a-z]+ed$/i.test(name) ? `${name} took place: ${when}.` : `${name}: ${when}.`,
  eventCalledOff: (name: string, when: string, status: string) => `${name} (${when}): ${status}.`,
  dateKnown: (date: string, reported: string) => `Date: ${date}; known since ${reported}.`,
  statusReported: (status: string, by: string) => `Reported ${status}${by ? `, ${by}` : ''}.`,
  daysUntil: (name: string, days: number, when: string) =>
    days === 0
      ? `${name} is today (${when}).`
      : `${days} day${days === 1 ? '' : 's'} until ${name} (${when}).`,
  daysUntilMonth: (name: string, when: string, days: number, reported: string) =>
    `${name} is expected in ${when} (known only to the month, as reported on ${reported}): at least ${days} day${days === 1 ? '' : 's'} from now.`,
  monthTitle: (month: string) => `Events in ${month}`,
  nothingInMonth: (month: string) => `I know of no event in ${month}.`,
  nothingUpcoming: (today: string, asOf: string) =>
    `Nothing upcoming that I know of as of ${today}: every event my sources date (as of ${asOf}) is in the past.`,
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
  dealStatus: (n: number, confirmed: number) =>
    `Status: ${n} project${n === 1 ? '' : 's'} recorded, ${confirmed === 0 ? 'none' : confirmed} selected or announced.`,
  personLead: (name: string, role: string, when: string) => `${name} is ${role}${when ? ` (${when})` : ''}.`,
  peopleTitle: 'People in the deal',
  companiesTitle: 'Companies named in the sources',
  companiesLead: (n: number) => `My sources name ${n} companies:`,
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
    'I cover: the pledge and trade deal, the MOU and its terms, the target sectors, the projects and tranches, tariffs, the people and organisations, the timeline and what comes next, where sources disagree, and reader opinions.',
  notMentioned: (names: readonly string[]) => `My sources don't mention ${names.join(', ')}.`,
  companiesNamed: (names: string) => `The companies they do name: ${names}.`,
  emptyTitle: 'Ask me about the deal',
  emptyLead: 'Type a question or a command after /deal.',
  ambiguousTitle: 'Did you mean…',
  ambiguousLead: (labels: string[]) => `Did you mean ${labels.join(' or ')}?`,
};

export type Messages = typeof en;
