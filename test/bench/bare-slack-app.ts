import { App, LogLevel } from '@slack/bolt';

/**
 * The baseline of the Slack benchmark, run in its own process: a bare Bolt app in HTTP mode, with
 * Bolt's defaults, acking `/deal` with a fixed string. Nothing else: no logging, metrics, store or
 * scheduler. Reads SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL and PORT; prints "ready".
 */
const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`bare-slack-app: set ${name}`);
  return value;
};

const app = new App({
  token: env('SLACK_BOT_TOKEN'),
  signingSecret: env('SLACK_SIGNING_SECRET'),
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: env('SLACK_API_URL') },
});
app.command('/deal', async ({ ack }) => {
  await ack('deal-bot is thinking about it.');
});
await app.start({ port: Number(env('PORT')), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.once('SIGTERM', () => {
  void app.stop().finally(() => process.exit(0));
});
