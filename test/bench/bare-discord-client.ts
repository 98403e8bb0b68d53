import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';

/**
 * The baseline of the Discord benchmark, run in its own process: a bare discord.js client with the
 * bot's intents and partials, replying a fixed string to every slash command. Nothing else: no
 * logging, metrics, store or scheduler. Reads DISCORD_API_URL and DISCORD_TOKEN; prints "ready".
 */
const api = process.env.DISCORD_API_URL;
const token = process.env.DISCORD_TOKEN;
if (!api || !token) throw new Error('bare-discord-client: set DISCORD_API_URL and DISCORD_TOKEN');

const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
  partials: [Partials.Channel],
  allowedMentions: { parse: [], repliedUser: false },
  rest: { api },
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) void interaction.reply({ content: 'ok' });
});
client.once(Events.ClientReady, () => process.stdout.write('ready\n'));
process.once('SIGTERM', () => {
  void client.destroy().finally(() => process.exit(0));
});
await client.login(token);
