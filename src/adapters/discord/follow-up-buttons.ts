import { createHash } from 'node:crypto';
import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';

/** Every follow-up button's custom_id starts with this; the rest is a short key to the suggestion. */
export const FOLLOW_UP_PREFIX = 'deal:ask:';
const LABEL_MAX = 80;
const BUTTONS_PER_ROW = 5;

/**
 * Remembers which suggestion each short key stands for. A custom_id holds at most 100 characters and a
 * suggestion may be longer, so the button carries a hash and this map (bounded, oldest dropped first)
 * holds the text. After a restart the button's own label is used when it was not shortened.
 */
export class SuggestionKeys {
  private readonly texts = new Map<string, string>();
  private readonly keys = new Map<string, string>();

  constructor(private readonly capacity = 5000) {}

  keyFor(text: string): string {
    const known = this.keys.get(text);
    if (known !== undefined) {
      // Most recently used goes last, so eviction drops the oldest.
      this.texts.delete(known);
      this.texts.set(known, text);
      return known;
    }
    const key = createHash('sha256').update(text).digest('base64url').slice(0, 16);
    this.texts.set(key, text);
    this.keys.set(text, key);
    if (this.texts.size > this.capacity) {
      const [oldKey, oldText] = this.texts.entries().next().value ?? [];
      if (oldKey !== undefined && oldText !== undefined) {
        this.texts.delete(oldKey);
        this.keys.delete(oldText);
      }
    }
    return key;
  }

  text(key: string): string | undefined {
    return this.texts.get(key);
  }
}

function label(text: string): string {
  return text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1)}…`;
}

/** One row of buttons that ask the answer's suggested follow-ups, or nothing when there are none. */
export function followUpRow(
  suggestions: readonly string[],
  keys: SuggestionKeys,
): APIActionRowComponent<APIButtonComponent> | undefined {
  const unique = [...new Set(suggestions.map((s) => s.trim()).filter(Boolean))].slice(0, BUTTONS_PER_ROW);
  if (!unique.length) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: unique.map((text) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: label(text),
      custom_id: `${FOLLOW_UP_PREFIX}${keys.keyFor(text)}`,
    })),
  };
}

/**
 * The suggestion a clicked button asks: from the key, else from the button's label when it was not
 * shortened; undefined when neither is known (an old button after a restart).
 */
export function suggestionFor(
  customId: string,
  buttonLabel: string | undefined,
  keys: SuggestionKeys,
): string | undefined {
  if (!customId.startsWith(FOLLOW_UP_PREFIX)) return undefined;
  const known = keys.text(customId.slice(FOLLOW_UP_PREFIX.length));
  if (known) return known;
  return buttonLabel && !buttonLabel.endsWith('…') ? buttonLabel : undefined;
}
