import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackService } from '../../../src/adapters/slack/service.js';
import { silentLogger } from '../../../src/ops/logger.js';
import { FakeSlack } from '../../fakes/slack/fake-slack.js';
import { APP_TOKEN, makeBot, SECRET } from './harness.js';

describe('Slack adapter start-up failures name what to fix', () => {
  let fake: FakeSlack;

  beforeAll(async () => {
    // This fake accepts neither of the tokens below.
    fake = await FakeSlack.start(['xoxb-some-other-token']);
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('HTTP mode: a bot token Slack rejects at auth.test', async () => {
    const service = createSlackService({
      config: {
        mode: 'http',
        botToken: 'xoxb-revoked-test-token',
        signingSecret: SECRET,
        apiUrl: fake.apiUrl,
      },
      bot: await makeBot(),
      logger: silentLogger(),
      port: 0,
      host: '127.0.0.1',
    });
    await expect(service.start()).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(service.ready()).toBe(false);
    await service.stop();
  });

  it('Socket Mode: an app token Slack rejects at apps.connections.open', async () => {
    const service = createSlackService({
      config: { mode: 'socket', botToken: 'xoxb-some-other-token', appToken: APP_TOKEN, apiUrl: fake.apiUrl },
      bot: await makeBot(),
      logger: silentLogger(),
    });
    await expect(service.start()).rejects.toThrow(/SLACK_APP_TOKEN/);
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
    await service.stop();
  });

  it('HTTP mode: the port is taken', async () => {
    const taken = Number(new URL(fake.origin).port);
    const service = createSlackService({
      config: { mode: 'http', botToken: 'xoxb-some-other-token', signingSecret: SECRET, apiUrl: fake.apiUrl },
      bot: await makeBot(),
      logger: silentLogger(),
      port: taken,
      host: '127.0.0.1',
    });
    await expect(service.start()).rejects.toThrow(/PORT/);
  });
});
