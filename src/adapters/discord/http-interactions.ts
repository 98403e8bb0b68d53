import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type APIInteraction,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type REST,
  Routes,
} from 'discord.js';
import type { HttpRoute } from '../../lifecycle/service.js';
import { discordPublicKey, verifyDiscordSignature } from './ed25519.js';
import { handleInteraction, type InteractionDeps } from './interaction-handler.js';
import type { InteractionResponder } from './interaction-model.js';
import { rawInteractionContext, readRawInteraction } from './raw-interaction.js';
import { rawMessage, replyCallback } from './raw-message.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** A signed request older (or newer) than this is refused, so a captured one cannot be replayed later. */
const MAX_SKEW_SECONDS = 300;
/** Interaction payloads are small; anything bigger is not from Discord. */
const BODY_MAX = 1 << 20;

export interface InteractionsRouteOptions extends InteractionDeps {
  publicKey: string;
  applicationId: string;
  /** The clock that judges X-Signature-Timestamp (replays older than 5 minutes are refused). */
  now?: () => Date;
  /** For edits and follow-ups after a deferred answer (webhook routes need no bot token). */
  rest: REST;
}

function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= BODY_MAX) chunks.push(c);
    });
    req.on('end', () => resolve(size > BODY_MAX ? null : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
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
      json(res, 200, replyCallback(message, ephemeral));
    },
    async defer(ephemeral) {
      json(res, 200, {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      });
    },
    async edit(message) {
      await rest.patch(Routes.webhookMessage(applicationId, token, '@original'), {
        body: rawMessage(message),
        auth: false,
      });
    },
    async followUp(message, ephemeral) {
      await rest.post(Routes.webhook(applicationId, token), {
        body: rawMessage(message, ephemeral),
        auth: false,
      });
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
      const body = await readBody(req);
      if (body === null) return json(res, 413, { error: 'request body too large' });
      const signature = req.headers['x-signature-ed25519'];
      const timestamp = req.headers['x-signature-timestamp'];
      if (!verifyDiscordSignature(key, String(signature ?? ''), String(timestamp ?? ''), body)) {
        return json(res, 401, { error: 'invalid request signature' });
      }
      const skew = Math.abs((options.now?.() ?? new Date()).getTime() / 1000 - Number(timestamp));
      if (!(skew <= MAX_SKEW_SECONDS))
        return json(res, 401, { error: 'request timestamp too old or in the future' });
      let interaction: APIInteraction;
      try {
        interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return json(res, 400, { error: 'body is not JSON' });
      }
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
