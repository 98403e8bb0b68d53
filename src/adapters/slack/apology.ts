import { randomBytes } from 'node:crypto';
import type { Lang } from '../../core/answer/answer.js';
import type { Logger } from '../../ops/logger.js';
import { slackWords } from './messages.js';

/** A short id the user can quote and the operator can find in the log. */
export function referenceId(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

/** Logs the failure in full under a fresh reference id and returns the short apology for the user. */
export function apologize(logger: Logger, error: unknown, where: string, lang: Lang = 'en'): string {
  const ref = referenceId();
  logger.error({ err: error, ref, where }, `slack: ${where} failed (reference ${ref})`);
  return slackWords(lang).apology(ref);
}
