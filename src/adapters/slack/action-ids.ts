import type { Lang } from '../../core/answer/answer.js';
import { SLACK_LIMITS } from './limits.js';

/** Ids of the buttons the adapter renders, and the payloads they carry. */
export const ACTION_SHARE = 'deal_share';
export const ACTION_FOLLOW_UP = /^deal_followup_\d+$/;

export function followUpActionId(index: number): string {
  return `deal_followup_${index}`;
}

export interface SharePayload {
  question: string;
  lang: Lang;
}

/** The share button carries the question (not the answer) and re-asks it when clicked. */
export function encodeShare(payload: SharePayload): string {
  // JSON escaping can grow the text: bound the question so the value stays within Slack's limit.
  let question = payload.question.slice(0, 1000);
  let value = JSON.stringify({ q: question, l: payload.lang });
  while (value.length > SLACK_LIMITS.buttonValue) {
    question = question.slice(0, Math.floor(question.length / 2));
    value = JSON.stringify({ q: question, l: payload.lang });
  }
  return value;
}

export function decodeShare(value: string | undefined): SharePayload | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { q, l } = parsed as { q?: unknown; l?: unknown };
    if (typeof q !== 'string') return undefined;
    return { question: q, lang: l === 'ja' ? 'ja' : 'en' };
  } catch {
    return undefined;
  }
}
