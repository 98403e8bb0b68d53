import type { types } from '@slack/bolt';
import type { Answer, Lang } from '../../core/answer/answer.js';
import type { Subscription } from '../../core/subscriptions/types.js';
import { fitBlocks } from './fit-blocks.js';
import { SLACK_LIMITS, splitText } from './limits.js';
import { slackWords } from './messages.js';
import { mrkdwn } from './mrkdwn.js';
import { answerContent, sourceContext } from './render-answer.js';

type KnownBlock = types.KnownBlock;

export interface HomeParts {
  lang: Lang;
  /** The deal at a glance: the pledge, the candidate projects, what comes next. */
  answers: Answer[];
  /** This workspace's subscriptions, or the apology shown when they could not be read. */
  subscriptions: Subscription[] | { unavailable: string };
}

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
/** At most this many subscriptions are listed (about 15 sections), so the tab stays within its block limit. */
const MAX_LISTED = 200;

function channelLink(id: string): string {
  return CHANNEL_ID.test(id) ? `<#${id}>` : mrkdwn(id);
}

function describe(sub: Subscription, lang: Lang): string {
  const words = slackWords(lang);
  const what: string[] = [];
  if (sub.reminders) what.push(words.reminders);
  if (sub.digest) {
    what.push(
      sub.digest.cadence === 'weekly'
        ? words.digestWeekly(sub.digest.day, sub.digest.time)
        : words.digestDaily(sub.digest.time),
    );
  }
  if (sub.news) what.push(words.news);
  const failing = sub.status === 'failing' ? ` — ${words.failing(sub.failure?.reason ?? '?')}` : '';
  return `• ${channelLink(sub.channel.channel)}: ${mrkdwn(`${what.join(', ')} (${sub.timeZone}, ${sub.lang})${failing}`)}`;
}

function subscriptionBlocks(parts: HomeParts): KnownBlock[] {
  const words = slackWords(parts.lang);
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: words.homeSubscriptions } },
  ];
  const subs = parts.subscriptions;
  let text: string;
  if (!Array.isArray(subs)) text = mrkdwn(subs.unavailable);
  else if (!subs.length) text = mrkdwn(words.homeNoSubscriptions);
  else {
    const lines = subs.slice(0, MAX_LISTED).map((s) => describe(s, parts.lang));
    if (subs.length > MAX_LISTED) lines.push(mrkdwn(words.moreSubscriptions(subs.length - MAX_LISTED)));
    text = lines.join('\n');
  }
  for (const piece of splitText(text, SLACK_LIMITS.sectionText)) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: piece } });
  }
  return blocks;
}

/** The App Home tab: the deal at a glance, then this workspace's scheduled posts, within 100 blocks. */
export function renderHome(parts: HomeParts): types.HomeView {
  const words = slackWords(parts.lang);
  const content: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: words.homeTitle } },
    { type: 'context', elements: [{ type: 'mrkdwn', text: words.homeIntro }] },
  ];
  for (const answer of parts.answers) content.push({ type: 'divider' }, ...answerContent(answer));
  content.push({ type: 'divider' });
  const tail = subscriptionBlocks(parts);
  const source = parts.answers[0] ? sourceContext(parts.answers[0]) : undefined;
  if (source) tail.push(source);
  const blocks = fitBlocks(content, tail, SLACK_LIMITS.homeBlocks, (n) => mrkdwn(words.moreItems(n)));
  return { type: 'home', blocks };
}
