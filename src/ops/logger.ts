import { type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger };

/** Paths of secrets, wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'config.slack.botToken',
  'config.slack.appToken',
  'config.slack.signingSecret',
  'config.discord.token',
];

/** Structured JSON logs to the given stream (stderr by default, so stdout stays the console's). */
export function createLogger(
  level: LoggerOptions['level'] = 'info',
  destination: NodeJS.WritableStream = process.stderr,
): Logger {
  return pino(
    {
      level: level ?? 'info',
      base: { app: 'deal-bot' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
