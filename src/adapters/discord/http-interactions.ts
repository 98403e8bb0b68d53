import type { ServerResponse } from 'node:http';
import {
  type APIInteraction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type REST,
  Routes,
} from 'discord.js';
import type { HttpRoute } from '../../lifecycle/service.js';
import { refuse } from '../../ops/http-boundary.js';
import { readBody, timestampWithin } from '../../ops/request-body.js';
import type { DiscordMessage } from './answer-message.js';
import { RAW_ALLOWED_MENTIONS } from './client.js';
import { discordPublicKey, verifyDiscordSignature } from './ed25519.js';
import { handleInteraction, type InteractionDeps } from './interaction-handler.js';
import type { InteractionResponder } from './interaction-model.js';
import { interactionProblem } from './interaction-shape.js';
import { rawInteractionContext, readRawInteraction } from './raw-interaction.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
const MAX_SKEW_SECONDS = 300;
/**
 * The largest interaction body accepted. Discord's own limits keep real ones far smaller: message
 * content 2,000 characters, 6,000 across a message's embeds (a button click carries its message),
 * option values 6,000 characters, a modal five inputs of 4,000; a few tens of KB even JSON-escaped.
 */
export const DISCORD_BODY_LIMIT = 256 * 1024;
const SIGNATURE = /^[0-9a-f]{128}$/i;

export interface InteractionsRouteOptions extends InteractionDeps {
  publicKey: string;
  applicationId: string;
  /** The clock that judges X-Signature-Timestamp (replays older than 5 minutes are refused). */
  now?: () => Date;
  /** For edits and follow-ups after a deferred answer (webhook routes need no bot token). */
  rest: REST;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function raw(message: DiscordMessage, ephemeral = false) {
  return {
    embeds: message.embeds,
    components: message.components,
    ...(message.content !== undefined ? { content: message.content } : {}),
    allowed_mentions: RAW_ALLOWED_MENTIONS,
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The first answer goes in the HTTP response; later ones through the interaction webhook. */
function httpResponder(
  res: ServerResponse,
  options: InteractionsRouteOptions,
  token: string,
): InteractionResponder {
  const { rest, applicationId } = options;
  return {
    async reply(message, ephemeral) {
      json(res, 200, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: raw(message, ephemeral),
      });
    },
    async defer(ephemeral) {
      json(res, 200, {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      });
    },
    async edit(message) {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
        body: raw(message),
        auth: false,
      });
    },
    async followUp(message, ephemeral) {
      await rest.post(Routes.webhook(applicationId, token), { body: raw(message, ephemeral), auth: false });
    },
    async choices(list) {
      json(res, 200, {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: list },
      });
    },
  };
}

/**
 * POST /discord/interactions for deployments without a gateway connection: verifies the Ed25519
 * signature (401 when wrong), answers PING with PONG, and handles the rest like gateway interactions.
 */
export function interactionsRoute(options: InteractionsRouteOptions): HttpRoute {
  const key = discordPublicKey(options.publicKey);
  return {
    path: INTERACTIONS_PATH,
    method: 'POST',
    async handler(req, res) {
      const { logger } = options;
      // Refused before a byte of the body is read: no signature, or a stamp outside the 5-minute window.
      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      if (typeof signature !== 'string' || !SIGNATURE.test(signature)) {
        logger.warn('discord: refused an interaction without a valid X-Signature-Ed25519 (401), body unread');
        return refuse(res, 401, 'invalid request signature');
      }
      const nowMs = (options.now?.() ?? new Date()).getTime();
      if (!timestampWithin(timestamp, nowMs, MAX_SKEW_SECONDS)) {
        logger.warn(
          'discord: refused an interaction stamped more than 5 minutes from now (401), body unread',
        );
        return refuse(res, 401, 'request timestamp missing, too old or in the future');
      }
      const read = await readBody(req, DISCORD_BODY_LIMIT);
      if (!read.ok) {
        logger.warn(`discord: refused an interaction body (${read.status}): ${read.problem}`);
        return refuse(res, read.status, read.problem);
      }
      if (!verifyDiscordSignature(key, signature, String(timestamp), read.body)) {
        logger.warn('discord: refused an interaction whose signature does not match its body (401)');
        return refuse(res, 401, 'invalid request signature');
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(read.body.toString('utf8'));
      } catch {
        logger.warn('discord: refused a signed interaction that is not JSON (400)');
        return refuse(res, 400, 'body is not JSON');
      }
      const problem = interactionProblem(parsed);
      if (problem) {
        logger.warn(`discord: refused a signed interaction of an unexpected shape (400): ${problem}`);
        return refuse(res, 400, `unexpected interaction shape: ${problem}`);
      }
      const interaction = parsed as APIInteraction;
      if (interaction.type === InteractionType.Ping)
        return json(res, 200, { type: InteractionResponseType.Pong });
      const input = readRawInteraction(interaction);
      if (!input) return json(res, 400, { error: `interaction type ${interaction.type} is not handled` });
      await handleInteraction(
        options,
        input,
        rawInteractionContext(interaction),
        httpResponder(res, options, interaction.token),
      );
      if (!res.headersSent) json(res, 500, { error: 'no response was produced' });
    },
  };
}
