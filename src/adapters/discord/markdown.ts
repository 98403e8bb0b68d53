/**
 * Escapes Discord markdown in text we did not write (fact-base text, echoed questions): emphasis,
 * strikethrough, code, spoilers, masked links, and headings, quotes and lists at the start of a line.
 * Two regular expressions instead of discord.js's escapeMarkdown, which with every option on costs
 * about 20 times as much (it was the largest part of the bot's answer time).
 */
const INLINE = /[\\*_~`|[\]]/g;
const LINE_START = /^([ \t]*)(?:(#{1,3}|>|[-+])(?=\s)|(\d+)\.(?=\s))/gm;

export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, '\\$&')
    .replace(LINE_START, (_m, indent: string, mark?: string, digits?: string) =>
      mark !== undefined ? `${indent}\\${mark}` : `${indent}${digits}\\.`,
    );
}
