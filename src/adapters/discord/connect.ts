import { type Client, DiscordjsErrorCodes, Events } from 'discord.js';

/** What each permanent gateway close code means for the person running the bot. */
const CLOSE_HINTS: Record<number, string> = {
  4004: 'Discord refused DISCORD_TOKEN (4004): copy the bot token again from Developer Portal → Bot → Reset Token',
  4013: 'Discord refused the gateway intents (4013): this is a bug in deal-bot, please report it',
  4014: 'Discord refused a privileged intent (4014): deal-bot asks for none, so check that the token belongs to this bot',
};

function explain(error: unknown): Error {
  const code = (error as { code?: unknown }).code;
  if (code === DiscordjsErrorCodes.TokenInvalid || (error as { status?: number }).status === 401) {
    return new Error(
      'Discord refused DISCORD_TOKEN (401): copy the bot token again from Developer Portal → Bot',
    );
  }
  return new Error(`could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Logs in and resolves once the gateway is ready (guilds received); rejects with a message that says
 * what to fix on a refused token, a permanent gateway close, or no ready within `timeoutMs`.
 */
export async function connect(client: Client, token: string, timeoutMs: number): Promise<void> {
  let cleanup = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Error(
            `Discord gateway not ready within ${timeoutMs} ms: check the network and DISCORD_API_URL`,
          ),
        ),
      timeoutMs,
    );
    const onReady = () => resolve();
    const onClose = (event: { code: number }) =>
      reject(
        new Error(CLOSE_HINTS[event.code] ?? `Discord closed the gateway for good (code ${event.code})`),
      );
    client.once(Events.ClientReady, onReady);
    client.once(Events.ShardDisconnect, onClose);
    cleanup = () => {
      clearTimeout(timer);
      client.off(Events.ClientReady, onReady);
      client.off(Events.ShardDisconnect, onClose);
    };
  });
  try {
    await Promise.race([
      client.login(token).catch((error: unknown) => Promise.reject(explain(error))),
      ready,
    ]);
    await ready;
  } catch (error) {
    // discord.js finishes destroying a shard that is waiting for READY only after its own 15 s
    // timeout: wait a moment for a clean close, not for that.
    await Promise.race([client.destroy().catch(() => {}), new Promise((r) => setTimeout(r, 1000).unref())]);
    throw error;
  } finally {
    cleanup();
  }
}
