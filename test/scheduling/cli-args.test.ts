import { describe, expect, it } from 'vitest';
import { parseCli, parseWhen } from '../../src/scheduling/cli-args.js';

const defaults = { timeZone: 'America/New_York', lang: 'en' as const };
const error = (args: string[]) => {
  const r = parseCli(args, defaults);
  return r.ok ? null : r.error;
};

describe('schedule CLI arguments', () => {
  it('reads preview and run-once', () => {
    expect(
      parseCli(['preview', '--from', '2026-03-01', '--to', '2026-03-02T12:00', '--json'], defaults),
    ).toEqual({
      ok: true,
      value: {
        command: 'preview',
        fromMs: Date.parse('2026-03-01T05:00:00Z'),
        toMs: Date.parse('2026-03-02T17:00:00Z'),
        timeZone: 'America/New_York',
        digest: 'weekly',
        lang: 'en',
        json: true,
      },
    });
    expect(parseCli(['run-once', '--now', '2026-03-03T14:00:00Z'], defaults)).toEqual({
      ok: true,
      value: { command: 'run-once', nowMs: Date.parse('2026-03-03T14:00:00Z') },
    });
    expect(parseWhen('2026-03-01T09:00+09:00', 'America/New_York')).toBe(Date.parse('2026-03-01T00:00:00Z'));
  });

  it('says what is wrong with bad usage', () => {
    expect(error([])).toMatch(/name a command/);
    expect(error(['frobnicate'])).toMatch(/unknown command "frobnicate"/);
    expect(error(['preview', '--from', '2026-03-01'])).toMatch(/needs --from and --to/);
    expect(error(['preview', '--from', 'soon', '--to', '2026-03-02'])).toMatch(
      /--from "soon" is not an ISO 8601/,
    );
    expect(error(['preview', '--from', '2026-03-02', '--to', '2026-03-01'])).toMatch(
      /--to must be after --from/,
    );
    expect(error(['preview', '--from', '2026-01-01', '--to', '2027-06-01'])).toMatch(/longer than 366 days/);
    expect(error(['preview', '--from', '2026-03-01', '--to', '2026-03-02', '--tz', 'Mars/Olympus'])).toMatch(
      /not an IANA time zone/,
    );
    expect(error(['preview', '--from', '2026-03-01', '--to', '2026-03-02', '--digest', 'hourly'])).toMatch(
      /use weekly or daily/,
    );
    expect(error(['preview', '--from', '2026-03-01', '--to', '2026-03-02', '--lang', 'fr'])).toMatch(
      /use en or ja/,
    );
    expect(error(['run-once'])).toMatch(/needs --now/);
    expect(error(['run-once', '--now', 'yesterday'])).toMatch(/not an ISO 8601/);
    expect(error(['preview', '--bogus'])).toMatch(/bogus/);
    expect(error(['preview', 'extra', '--from', '2026-03-01', '--to', '2026-03-02'])).toMatch(
      /unexpected argument/,
    );
  });
});
