import { describe, expect, it } from 'vitest';
import { loadConfig, shardStatePath } from '../src/config.js';

const discord = { DISCORD_TOKEN: 'test-token', DISCORD_APPLICATION_ID: '123456789012345678' };

describe('a shard process owns its own state file and port', () => {
  it('derives them from the SHARDS and SHARD_COUNT that ShardingManager sets', () => {
    const r = loadConfig({
      ...discord,
      SHARDING_MANAGER: 'true',
      SHARDS: '2',
      SHARD_COUNT: '4',
      PORT: '8080',
    });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.config.shard).toEqual({ id: 2, count: 4 });
    expect(r.config.statePath).toBe('var/state.shard-2.json');
    expect(r.config.port).toBe(8082);
  });

  it('leaves an unsharded process alone', () => {
    const r = loadConfig({ ...discord, PORT: '8080' });
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.config.shard).toBeUndefined();
    expect(r.config.statePath).toBe('var/state.json');
    expect(r.config.port).toBe(8080);
  });

  it('names shard files next to the configured one', () => {
    expect(shardStatePath('/data/deal.json', 0)).toBe('/data/deal.shard-0.json');
    expect(shardStatePath('state', 3)).toBe('state.shard-3');
  });
});
