import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type Answer, type AnswerItem, sourcesLine } from '../../core/answer/answer.js';
import { escapeMarkdown } from './markdown.js';
import { words } from './words.js';

/** Discord's embed limits (discord.js does not check the 6,000 total: the API answers 400). */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  total: 6000,
} as const;

const COLOURS = { answer: 0x5865f2, unknown: 0x99aab5, help: 0x57f287 } as const;

function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  return max < 1 ? '' : `${s.slice(0, max - 1).trimEnd()}…`;
}

/** Escapes Discord markdown, masked links included, so echoed text cannot format or disguise links. */
function plain(s: string): string {
  return escapeMarkdown(s);
}

/** The lead and notes of an answer: the description; items go in fields, sources in the footer. */
export function leadText(answer: Answer): string {
  return [answer.lead, ...answer.notes].filter((line) => line.trim()).join('\n');
}

function field(item: AnswerItem): APIEmbedField {
  const label = item.date && !item.label.includes(item.date) ? `${item.date}: ${item.label}` : item.label;
  const parts = [
    item.statusLabel ? `*${plain(item.statusLabel)}*` : '',
    item.detail ? plain(item.detail) : '',
  ];
  const value = parts.filter(Boolean).join('\n') || '\u200b';
  return { name: clip(plain(label), EMBED_LIMITS.fieldName), value: clip(value, EMBED_LIMITS.fieldValue) };
}

function footerText(answer: Answer, omitted: number): string {
  const w = words(answer.lang);
  const sources = sourcesLine(answer.sources, answer.lang);
  const parts = [
    omitted ? w.more(omitted) : '',
    sources ? `${w.sources}: ${sources}` : '',
    w.asOf(answer.asOf),
  ];
  return clip(parts.filter(Boolean).join(' · '), EMBED_LIMITS.footer);
}

function size(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields + (e.footer?.text.length ?? 0);
}

/**
 * An answer as one embed: title, the answer as description, one field per item (with its status
 * label), and a footer naming the sources and the "as of" date. Always within Discord's limits.
 */
export function renderEmbed(answer: Answer): APIEmbed {
  const colour =
    answer.kind === 'unknown' || answer.kind === 'ambiguous'
      ? COLOURS.unknown
      : answer.kind === 'help'
        ? COLOURS.help
        : COLOURS.answer;
  const fields = answer.items.slice(0, EMBED_LIMITS.fields).map(field);
  let omitted = answer.items.length - fields.length;
  const description = clip(plain(leadText(answer)), EMBED_LIMITS.description);
  const embed: APIEmbed = {
    title: clip(plain(answer.title) || '\u200b', EMBED_LIMITS.title),
    color: colour,
    ...(description ? { description } : {}),
    ...(fields.length ? { fields } : {}),
    footer: { text: footerText(answer, omitted) },
  };
  while (size(embed) > EMBED_LIMITS.total && fields.length) {
    fields.pop();
    omitted++;
    embed.footer = { text: footerText(answer, omitted) };
  }
  if (!fields.length) delete embed.fields;
  const over = size(embed) - EMBED_LIMITS.total;
  if (over > 0 && embed.description)
    embed.description = clip(embed.description, embed.description.length - over);
  return embed;
}
