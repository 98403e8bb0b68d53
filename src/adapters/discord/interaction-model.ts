import type { Lang } from '../../core/answer/answer.js';
import type { ChannelRef } from '../../core/subscriptions/types.js';
import type { DiscordMessage } from './answer-message.js';

/**
 * What a user did, independent of how it arrived (gateway through discord.js, or the HTTP
 * interactions endpoint). The handler works on this, so both paths behave the same.
 */
export type DealInteraction =
  | { type: 'command'; command: string; subcommand: string | null; options: Readonly<Record<string, string>> }
  | { type: 'autocomplete'; subcommand: string | null; focused: { name: string; value: string } }
  | { type: 'button'; customId: string; label?: string };

export interface InteractionContext {
  /** The interaction id, for logs. */
  id: string;
  channel: ChannelRef;
  user: string;
  /** From the user's Discord locale (ja → Japanese); the default language otherwise. */
  lang?: Lang;
  /** The member has Manage Channels in this channel, or this is a DM with the bot. */
  canManageChannel: boolean;
}

/** How one interaction is answered. Each transport implements it; the handler calls it at most once to acknowledge. */
export interface InteractionResponder {
  reply(message: DiscordMessage, ephemeral: boolean): Promise<void>;
  defer(ephemeral: boolean): Promise<void>;
  /** Replaces the acknowledged (deferred or first) response. */
  edit(message: DiscordMessage): Promise<void>;
  followUp(message: DiscordMessage, ephemeral: boolean): Promise<void>;
  choices(list: ReadonlyArray<{ name: string; value: string }>): Promise<void>;
}

/**
 * Guards a responder so an interaction is acknowledged exactly once (Discord answers 40060 to a
 * second acknowledgement): after a defer, a reply becomes an edit; after a reply, a follow-up.
 * The state changes before the request, so a failed request is never acknowledged again.
 */
export class OneResponse {
  state: 'new' | 'deferred' | 'replied' = 'new';

  constructor(private readonly responder: InteractionResponder) {}

  async defer(ephemeral = false): Promise<void> {
    if (this.state !== 'new') return;
    this.state = 'deferred';
    await this.responder.defer(ephemeral);
  }

  async reply(message: DiscordMessage, ephemeral = false): Promise<void> {
    if (this.state === 'new') {
      this.state = 'replied';
      return this.responder.reply(message, ephemeral);
    }
    if (this.state === 'deferred') {
      this.state = 'replied';
      return this.responder.edit(message);
    }
    return this.responder.followUp(message, ephemeral);
  }

  async choices(list: ReadonlyArray<{ name: string; value: string }>): Promise<void> {
    if (this.state !== 'new') return;
    this.state = 'replied';
    await this.responder.choices(list);
  }
}
