import type { types } from '@slack/bolt';
import { type Answer, type AnswerItem, sourcesLine } from '../../core/answer/answer.js';
import { ACTION_SHARE, encodeShare, followUpActionId } from './action-ids.js';
import { answerBody } from './answer-body.js';
import { fitBlocks } from './fit-blocks.js';
import { clip, cutWithMarker, SLACK_LIMITS, splitText } from './limits.js';
import { slackWords } from './messages.js';
import { mrkdwn, plain } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

/** A message ready for `ack`, `respond`, `chat.postMessage` or `say`: Block Kit plus the plain fallback. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** Adds "Share in channel", which re-asks this question in public (for ephemeral replies). */
  share?: { question: string };
  /** Offers the answer's suggested follow-ups as buttons (default: true). */
  followUps?: boolean;
  maxBlocks?: number;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function itemText(item: AnswerItem): string {
  const status = item.statusLabel ? `  _${mrkdwn(item.statusLabel)}_` : '';
  const detail = item.detail ? `\n${mrkdwn(item.detail)}` : '';
  return `*${mrkdwn(item.label)}*${status}${detail}`;
}

/** The header, the prose (split into sections of at most 3,000 characters) and one section per item. */
export function answerContent(answer: Answer): KnownBlock[] {
  const words = slackWords(answer.lang);
  const blocks: KnownBlock[] = [];
  const title = clip(plain(answer.title).trim(), SLACK_LIMITS.headerText);
  if (title) blocks.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: false } });
  for (const piece of splitText(mrkdwn(answerBody(answer)), SLACK_LIMITS.sectionText))
    blocks.push(section(piece));
  for (const item of answer.items) {
    blocks.push(section(cutWithMarker(itemText(item), SLACK_LIMITS.sectionText, words.textCut)));
  }
  return blocks;
}

/** "Source: … · As of …" as a context block. */
export function sourceContext(answer: Answer): KnownBlock | undefined {
  const words = slackWords(answer.lang);
  const list = sourcesLine(answer.sources, answer.lang);
  const parts = [
    list ? `${answer.sources.length > 1 ? words.sources : words.source}: ${list}` : '',
    answer.asOf ? words.asOf(answer.asOf) : '',
  ];
  const text = parts.filter(Boolean).join(' · ');
  if (!text) return undefined;
  return {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: clip(mrkdwn(text), SLACK_LIMITS.contextText) }],
  };
}

function buttons(answer: Answer, options: RenderOptions): KnownBlock | undefined {
  const elements: types.Button[] = [];
  if (options.share) {
    elements.push({
      type: 'button',
      action_id: ACTION_SHARE,
      style: 'primary',
      text: { type: 'plain_text', text: clip(slackWords(answer.lang).share, SLACK_LIMITS.buttonText) },
      value: encodeShare({ question: plain(options.share.question), lang: answer.lang }),
    });
  }
  if (options.followUps !== false) {
    answer.suggestions.forEach((suggestion, i) => {
      const text = plain(suggestion).trim();
      if (!text) return;
      elements.push({
        type: 'button',
        action_id: followUpActionId(i),
        text: { type: 'plain_text', text: clip(text, SLACK_LIMITS.buttonText) },
        value: text.slice(0, SLACK_LIMITS.buttonValue),
      });
    });
  }
  if (!elements.length) return undefined;
  return { type: 'actions', elements: elements.slice(0, SLACK_LIMITS.actionsElements) };
}

/** Renders an answer as Block Kit within Slack's limits, with the complete text as the fallback. */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const words = slackWords(answer.lang);
  const tail = [sourceContext(answer), buttons(answer, options)].filter(
    (b): b is KnownBlock => b !== undefined,
  );
  const blocks = fitBlocks(
    answerContent(answer),
    tail,
    options.maxBlocks ?? SLACK_LIMITS.messageBlocks,
    (n) => mrkdwn(words.moreItems(n)),
  );
  return { text: clip(mrkdwn(answer.text), SLACK_LIMITS.fallbackText), blocks };
}

/** A short plain message (an apology, a notice) in the same shape. */
export function renderNotice(text: string): SlackMessage {
  const safe = clip(mrkdwn(text), SLACK_LIMITS.sectionText);
  return { text: safe, blocks: [section(safe)] };
}
