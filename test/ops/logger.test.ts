import { describe, expect, it } from 'vitest';
import { loadConfig, secretsOf } from '../../src/config.js';
import { createLogger } from '../../src/ops/logger.js';
import { createScrubber } from '../../src/ops/redact.js';
import { Capture } from './capture.js';

const SLACK_TOKEN = 'xoxb-test-1111-2222-abcdefghijkl';
const APP_TOKEN = 'xapp-1-test-3333-mnopqrstu';
const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
const DISCORD_TOKEN = 'ZGlzY29yZC10ZXN0.Xyz-Ab.not_a_real_token_value';

function configured() {
  const result = loadConfig({
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_APP_TOKEN: APP_TOKEN,
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: '123456789012345678',
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.config;
}

describe('createLogger', () => {
  it('writes one JSON object per line with level, time and message', () => {
    const sink = new Capture();
    createLogger('info', sink).info({ service: 'slack' }, 'started');
    const [line] = sink.lines();
    expect(line).toMatchObject({ level: 30, app: 'deal-bot', service: 'slack', msg: 'started' });
    expect(typeof line?.time).toBe('string');
  });

  it('honours the level', () => {
    const sink = new Capture();
    const logger = createLogger('warn', sink);
    logger.info('hidden');
    logger.warn('shown');
    expect(sink.lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('never writes a token or signing secret, wherever it hides', () => {
    const config = configured();
    const sink = new Capture();
    const logger = createLogger('trace', sink, { secrets: secretsOf(config) });

    // By key: the whole config, nested credentials, headers.
    logger.info({ config }, 'config');
    logger.info({ slack: config.slack, discord: config.discord }, 'platforms');
    logger.debug({ req: { headers: { authorization: `Bearer ${SLACK_TOKEN}` } } }, 'request');
    // By value: error messages and library dumps where no key says "token".
    const failure = Object.assign(new Error(`auth.test failed for ${SLACK_TOKEN}`), {
      data: { sent: `token=${encodeURIComponent(SLACK_TOKEN)}&x=1`, hint: `secret is ${SIGNING_SECRET}` },
      request: { options: { headers: { Authorization: `Bot ${DISCORD_TOKEN}` } } },
    });
    logger.error({ err: failure }, 'slack start failed');
    logger.warn(`connecting with ${APP_TOKEN} and ${DISCORD_TOKEN}`);
    logger.info({ note: `quoted "${SIGNING_SECRET}"` }, 'quoted');
    // By shape: a Slack token never configured here.
    logger.info({ text: 'user pasted xoxb-999-888-someoneelses' }, 'pasted');

    const text = sink.text;
    for (const secret of [
      SLACK_TOKEN,
      APP_TOKEN,
      SIGNING_SECRET,
      DISCORD_TOKEN,
      'xoxb-999-888-someoneelses',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain(encodeURIComponent(SLACK_TOKEN));
    const lines = sink.lines(); // still valid JSON after redaction
    expect(lines).toHaveLength(7);
    expect(text.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(10);
    // What is not secret survives.
    expect(lines[0]?.config).toMatchObject({ host: '0.0.0.0', slack: { mode: 'socket' } });
    expect(text).toContain('auth.test failed for');
  });
});

describe('createScrubber', () => {
  it('leaves ordinary text alone and skips secrets too short to redact safely', () => {
    const scrub = createScrubber(['ab']);
    expect(scrub('{"msg":"about a tab"}')).toBe('{"msg":"about a tab"}');
  });

  it('redacts Bearer and Bot authorization values without knowing them', () => {
    const scrub = createScrubber([]);
    expect(scrub('Authorization: Bearer abc.def-ghi_jkl')).toBe('Authorization: Bearer [redacted]');
    expect(scrub('authorization=Bot MTIz.NDU2.Nzg5MDEy')).toBe('authorization=Bot [redacted]');
  });
});
