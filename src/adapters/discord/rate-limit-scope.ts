import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * discord.js waits out a 429 and retries by itself. That is right for replies, but a scheduled post
 * should come back to the scheduler, which paces each channel itself. Posts run inside this scope, and
 * the client's `rest.rejectOnRateLimit` rejects only there, so only those calls throw a RateLimitError.
 */
const scope = new AsyncLocalStorage<true>();

/** Runs `fn` so that a rate limit on any of its REST calls throws instead of waiting. */
export function surfacingRateLimits<T>(fn: () => Promise<T>): Promise<T> {
  return scope.run(true, fn);
}

/** For `rest.rejectOnRateLimit`: true inside `surfacingRateLimits`. */
export function shouldRejectOnRateLimit(): boolean {
  return scope.getStore() === true;
}
