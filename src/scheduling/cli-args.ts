import { parseArgs } from 'node:util';
import { Temporal } from 'temporal-polyfill';
import type { Lang } from '../core/answer/answer.js';
import { canonicalTimeZone } from '../core/subscriptions/parse-args.js';

/** Reads `npm run schedule -- …` arguments. Pure: returns the command or a usage error. */

export const USAGE = `usage: npm run schedule -- preview --from ISO --to ISO [--tz ZONE] [--digest weekly|daily] [--lang en|ja] [--json]
       npm run schedule -- run-once --now ISO

  preview    every post a subscription (reminders and a digest) would get between --from and --to
             (at most 366 days), with times. ISO: 2026-02-01, 2026-02-01T08:00 (local to --tz) or
             2026-02-01T13:00:00Z. --tz defaults to DEFAULT_TIMEZONE (America/New_York); --digest to weekly
             (Mondays 09:00). --json prints [{ kind, at, key, intent, title, text }].
  run-once   one scheduler tick at --now against STATE_PATH and FACTS_PATH; console subscriptions are
             printed here, the others are left to the running bot. Stop the bot first (the state file is locked).`;

export type CliCommand =
  | { command: 'help' }
  | {
      command: 'preview';
      fromMs: number;
      toMs: number;
      timeZone: string;
      digest: 'weekly' | 'daily';
      lang: Lang;
      json: boolean;
      facts?: string;
    }
  | { command: 'run-once'; nowMs: number };

export type CliParse = { ok: true; value: CliCommand } | { ok: false; error: string };

const MAX_WINDOW_MS = 366 * 86_400_000;

/** An instant from "2026-02-01", "2026-02-01T08:00" (local to `zone`) or an ISO string with an offset. */
export function parseWhen(text: string, zone: string): number | null {
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    // Not an instant: try a local date-time or date.
  }
  try {
    const local = /T/.test(text)
      ? Temporal.PlainDateTime.from(text)
      : Temporal.PlainDate.from(text).toPlainDateTime();
    return local.toZonedDateTime(zone).epochMilliseconds;
  } catch {
    return null;
  }
}

export function parseCli(argv: readonly string[], defaults: { timeZone: string; lang: Lang }): CliParse {
  const options = {
    from: { type: 'string' },
    to: { type: 'string' },
    tz: { type: 'string' },
    digest: { type: 'string' },
    lang: { type: 'string' },
    json: { type: 'boolean' },
    now: { type: 'string' },
    facts: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  } as const;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { ok: true, value: { command: 'help' } };
  const [command, ...extra] = positionals;
  if (extra.length) return { ok: false, error: `unexpected argument "${extra[0]}"` };
  if (command === 'run-once') {
    if (!v.now) return { ok: false, error: 'run-once needs --now ISO (e.g. --now 2026-03-03T14:00:00Z)' };
    const nowMs = parseWhen(v.now, 'UTC');
    if (nowMs === null) return { ok: false, error: `--now "${v.now}" is not an ISO 8601 date or time` };
    return { ok: true, value: { command: 'run-once', nowMs } };
  }
  if (command !== 'preview') {
    return {
      ok: false,
      error: command
        ? `unknown command "${command}": use preview or run-once`
        : 'name a command: preview or run-once',
    };
  }
  const timeZone = v.tz === undefined ? defaults.timeZone : canonicalTimeZone(v.tz);
  if (!timeZone)
    return {
      ok: false,
      error: `--tz "${v.tz}" is not an IANA time zone (e.g. America/New_York, Asia/Tokyo)`,
    };
  if (!v.from || !v.to) return { ok: false, error: 'preview needs --from and --to' };
  const fromMs = parseWhen(v.from, timeZone);
  const toMs = parseWhen(v.to, timeZone);
  if (fromMs === null) return { ok: false, error: `--from "${v.from}" is not an ISO 8601 date or time` };
  if (toMs === null) return { ok: false, error: `--to "${v.to}" is not an ISO 8601 date or time` };
  if (toMs <= fromMs) return { ok: false, error: '--to must be after --from' };
  if (toMs - fromMs > MAX_WINDOW_MS)
    return { ok: false, error: 'the window is longer than 366 days: shorten it' };
  const digest = v.digest ?? 'weekly';
  if (digest !== 'weekly' && digest !== 'daily')
    return { ok: false, error: `--digest "${digest}": use weekly or daily` };
  const lang = v.lang ?? defaults.lang;
  if (lang !== 'en' && lang !== 'ja') return { ok: false, error: `--lang "${lang}": use en or ja` };
  const value: CliCommand = {
    command: 'preview',
    fromMs,
    toMs,
    timeZone,
    digest,
    lang,
    json: Boolean(v.json),
  };
  if (v.facts) value.facts = v.facts;
  return { ok: true, value };
}
