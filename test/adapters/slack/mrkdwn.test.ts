import { describe, expect, it } from 'vitest';
import { readSlackText } from '../../../src/adapters/slack/inbound-text.js';
import { defang, escapeMrkdwn, mrkdwn, plain } from '../../../src/adapters/slack/mrkdwn.js';
import { PING_TOKEN } from './harness.js';

const HOSTILE = [
  '<!channel>',
  '<!here|here>',
  '<!everyone>',
  '<!subteam^S0123|@devs>',
  '<@U0123>',
  '<@W0123|bob>',
  '<<!here>!channel>',
  '&lt;!channel&gt;',
  '@channel @here @everyone',
  '<https://evil.example|click> <#C0123|general> <!date^1392734382^{date}|Feb 18>',
];

describe('mrkdwn escaping and ping defanging', () => {
  it('escapes only &, < and >', () => {
    expect(escapeMrkdwn('a & b < c > d *e* _f_')).toBe('a &amp; b &lt; c &gt; d *e* _f_');
  });

  it('turns every ping token into inert readable text', () => {
    expect(defang('hi <!channel> and <@U0123|bob>')).toBe('hi @\u200Bchannel and @\u200Bbob');
    expect(defang('<!subteam^S0123|@devs>')).toBe('@\u200Bdevs');
    expect(defang('<#C0123|general>')).toBe('#general');
    expect(defang('<https://x.example|docs>')).toBe('docs');
    for (const h of HOSTILE) {
      expect(plain(h)).not.toMatch(PING_TOKEN);
      expect(mrkdwn(h)).not.toMatch(PING_TOKEN);
      expect(mrkdwn(h)).not.toContain('<');
      expect(plain(h)).not.toMatch(/@(channel|here|everyone)\b/);
    }
  });

  it('is idempotent', () => {
    for (const h of HOSTILE) expect(defang(defang(h))).toBe(defang(h));
  });

  it('reads typed text: drops the bot mention, decodes entities, defangs the rest, removes control characters', () => {
    expect(readSlackText('<@U0BOT> who is <@U0ALICE|alice>?', 'U0BOT')).toBe('who is @\u200Balice?');
    expect(readSlackText('<@U0BOT|deal-bot>   projects', 'U0BOT')).toBe('projects');
    expect(readSlackText('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
    expect(readSlackText('&lt;!channel&gt; hi')).not.toMatch(PING_TOKEN);
    expect(readSlackText('x\u0000y\u0007z\u202E')).toBe('xyz');
    expect(readSlackText('q'.repeat(10_000)).length).toBe(2000);
  });
});

describe('readSlackText caps text before any work (issue #10, seen 5)', () => {
  it('reads at most 4,000 characters of a 2 MB text and hands on at most 2,000', () => {
    const huge = `projects ${'&lt;!here&gt; '.repeat(200_000)}`;
    const text = readSlackText(huge);
    expect(text.length).toBeLessThanOrEqual(2000);
    expect(text.startsWith('projects')).toBe(true);
    // Two texts differing only past the cap are one question (one cache key).
    expect(readSlackText(`${huge}a`)).toBe(text);
  });
});
