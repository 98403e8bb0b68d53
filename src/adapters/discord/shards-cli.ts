import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import { loadDotEnv } from '../../config/dotenv.js';

/**
 * `npm run discord:shards -- <count>` (or DISCORD_SHARDS=<count>): runs one bot process per shard with
 * discord.js's ShardingManager, as Discord requires past 2,500 guilds. Each child gets SHARDS and
 * SHARD_COUNT; its config then gives it its own port (PORT + N) and, without DATABASE_URL, its own state
 * file (var/state.shard-N.json; with a database all shards share it), and its scheduler posts only for the guilds its shard holds. The count must be a number: 'auto'
 * would ask discord.com even when DISCORD_API_URL is set.
 */
loadDotEnv('.env');
const count = Number(process.argv[2] ?? process.env.DISCORD_SHARDS);
const token = process.env.DISCORD_TOKEN;
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: npm run discord:shards -- <number of shards>   (or set DISCORD_SHARDS)\n');
  process.exit(2);
}
if (!token) {
  process.stderr.write('DISCORD_TOKEN is not set (see .env.example)\n');
  process.exit(2);
}
// From dist/ the compiled main.js; from src/ (npm run) the TypeScript entry through tsx.
const compiled = fileURLToPath(new URL('../../main.js', import.meta.url));
const file = existsSync(compiled) ? compiled : fileURLToPath(new URL('../../main.ts', import.meta.url));
const manager = new ShardingManager(file, {
  token,
  totalShards: count,
  mode: 'process',
  respawn: true,
  execArgv: file.endsWith('.ts') ? ['--import', 'tsx'] : [],
});
manager.on('shardCreate', (shard) =>
  process.stderr.write(`discord:shards: started shard ${shard.id} of ${count}\n`),
);
await manager.spawn({ timeout: 60_000 });
