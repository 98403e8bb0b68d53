/** Slack's documented limits that the adapter enforces on everything it sends. */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  /** The plain `text` fallback: Slack truncates at 40,000; notifications show far less. */
  fallbackText: 4000,
} as const;

/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** Never cut inside an HTML entity such as `&amp;` (the escaped text is what Slack counts). */
function safeEnd(text: string, end: number): number {
  const amp = text.lastIndexOf('&', end - 1);
  if (amp >= 0 && amp > end - 6 && !text.slice(amp, end).includes(';')) return amp;
  return end;
}

/**
 * Splits already-escaped text into pieces of at most `max` characters, at a line break when there is one
 * in the second half of the piece, else at a space, else anywhere (but never inside an entity).
 */
export function splitText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let end = safeEnd(rest, max);
    const newline = rest.lastIndexOf('\n', end);
    const space = rest.lastIndexOf(' ', end);
    if (newline > max / 2) end = newline;
    else if (space > max / 2) end = space;
    if (end <= 0) end = max;
    pieces.push(rest.slice(0, end).trimEnd());
    rest = rest.slice(end).replace(/^\s+/, '');
  }
  if (rest.trim()) pieces.push(rest);
  return pieces;
}

/** Cuts escaped text to `max` characters and appends `marker` (never inside an entity). */
export function cutWithMarker(text: string, max: number, marker: string): string {
  if (text.length <= max) return text;
  const end = safeEnd(text, Math.max(0, max - marker.length - 1));
  return `${text.slice(0, end).trimEnd()}\n${marker}`;
}
