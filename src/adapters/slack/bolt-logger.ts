import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../ops/logger.js';

const LEVELS: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

function line(parts: unknown[]): string {
  return parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : String(p))).join(' ');
}

/**
 * Bolt, the Web API client and the Socket Mode client log through this, into our pino logger (which redacts
 * secrets). The level is pino's: Bolt's attempts to change it are ignored.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'slack' });
  return {
    // Bolt logs at debug several times per request: build the line only when it will be written.
    debug: (...msg) => {
      if (child.isLevelEnabled('debug')) child.debug(line(msg));
    },
    info: (...msg) => {
      if (child.isLevelEnabled('info')) child.info(line(msg));
    },
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: () => {},
    getLevel: () => LEVELS[logger.level] ?? LogLevel.INFO,
    setName: (name) => {
      child = logger.child({ component: 'slack', name });
    },
  };
}
