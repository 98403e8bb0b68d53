import { type Logger, type LoggerOptions, pino } from 'pino';
import { CENSOR, createScrubber } from './redact.js';

export type { Logger };

/** Paths of secrets, wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'clientSecret',
  'authorization',
  'password',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.clientSecret',
  '*.authorization',
  '*.password',
  'headers.authorization',
  '*.headers.authorization',
  '*.*.headers.authorization',
  'config.slack.botToken',
  'config.slack.appToken',
  'config.slack.signingSecret',
  'config.discord.token',
];

export interface LogOptions {
  /** Secret values (tokens, signing secrets) to remove from every line, wherever they appear. */
  secrets?: readonly string[];
}

/**
 * Structured JSON logs to the given stream (stderr by default, so stdout stays the console's).
 * Secrets are removed twice: by key (pino `redact`) and by value and shape on every written line.
 */
export function createLogger(
  level: LoggerOptions['level'] = 'info',
  destination: NodeJS.WritableStream = process.stderr,
  options: LogOptions = {},
): Logger {
  return pino(
    {
      level: level ?? 'info',
      base: { app: 'deal-bot', pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      timestamp: pino.stdTimeFunctions.isoTime,
      hooks: { streamWrite: createScrubber(options.secrets ?? []) },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that drops everything, for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
