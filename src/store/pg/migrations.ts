/**
 * The PostgreSQL schema, as versioned migrations. Each runs once, in order, in its own transaction,
 * and is recorded in deal_bot_migrations. Append new versions; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, deliveries (ledger and claims), digest marks, snapshots, installations, events',
    sql: `
CREATE TABLE subscriptions (
  id text PRIMARY KEY,
  platform text NOT NULL CHECK (platform IN ('slack', 'discord', 'console')),
  workspace text NOT NULL CHECK (workspace <> ''),
  channel text NOT NULL CHECK (channel <> ''),
  thread text,
  reminders boolean NOT NULL,
  digest jsonb CHECK (digest IS NULL OR jsonb_typeof(digest) = 'object'),
  time_zone text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('en', 'ja')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('active', 'failing')),
  failure_reason text,
  failure_at timestamptz,
  -- Fields of a subscription this schema has no column for yet (added by newer features), kept as they are.
  extra jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(extra) = 'object'),
  CHECK ((failure_reason IS NULL) = (failure_at IS NULL))
);
CREATE INDEX subscriptions_workspace ON subscriptions (platform, workspace);

-- The ledger and the claims in one table: a row is either claimed (outcome NULL, with an owner and
-- a lease) or done (outcome set). A claim is taken by insert-if-absent, or over an expired lease.
CREATE TABLE deliveries (
  key text PRIMARY KEY,
  outcome text CHECK (outcome IN ('sent', 'skipped')),
  at timestamptz,
  message_id text,
  claimed_by text,
  lease_until timestamptz,
  CHECK ((outcome IS NULL) = (at IS NULL)),
  CHECK ((outcome IS NULL) = (claimed_by IS NOT NULL AND lease_until IS NOT NULL))
);
CREATE INDEX deliveries_done_at ON deliveries (at) WHERE outcome IS NOT NULL;
CREATE INDEX deliveries_claimed_by ON deliveries (claimed_by) WHERE outcome IS NULL;

CREATE TABLE snapshots (
  id text PRIMARY KEY,
  hashes jsonb NOT NULL CHECK (jsonb_typeof(hashes) = 'object')
);

CREATE TABLE digest_marks (
  subscription_id text PRIMARY KEY,
  last_at timestamptz NOT NULL,
  snapshot text NOT NULL REFERENCES snapshots (id)
);
CREATE INDEX digest_marks_snapshot ON digest_marks (snapshot);

CREATE TABLE scheduler_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_tick_at timestamptz
);
INSERT INTO scheduler_state (id, last_tick_at) VALUES (true, NULL);

CREATE TABLE slack_installations (
  key text PRIMARY KEY,
  installed_at timestamptz NOT NULL,
  sealed text NOT NULL CHECK (sealed <> '')
);

CREATE TABLE event_sightings (
  key text PRIMARY KEY,
  seen_at timestamptz NOT NULL
);
CREATE INDEX event_sightings_seen_at ON event_sightings (seen_at);
`,
  },
  {
    version: 2,
    name: 'news items and feed state',
    sql: `
CREATE TABLE news_items (
  id text PRIMARY KEY,
  feed text NOT NULL,
  guid text,
  link text NOT NULL,
  title text NOT NULL,
  summary text,
  publisher text,
  published timestamptz,
  lang text NOT NULL CHECK (lang IN ('en', 'ja', 'other')),
  score double precision NOT NULL CHECK (score >= 0 AND score <= 1),
  matched text[] NOT NULL,
  first_seen timestamptz NOT NULL
);
CREATE UNIQUE INDEX news_items_guid ON news_items (guid) WHERE guid IS NOT NULL;
CREATE INDEX news_items_newest ON news_items (first_seen DESC, published DESC NULLS LAST);

CREATE TABLE news_feeds (
  url text PRIMARY KEY,
  etag text,
  last_modified text,
  next_fetch_at timestamptz,
  failures integer NOT NULL CHECK (failures >= 0),
  last_error text,
  last_fetched_at timestamptz
);
`,
  },
  {
    version: 3,
    name: 'news flag on subscriptions',
    sql: `
ALTER TABLE subscriptions ADD COLUMN news boolean NOT NULL DEFAULT false;
-- Until now the flag round-tripped in extra: move it to its column.
UPDATE subscriptions
  SET news = CASE WHEN jsonb_typeof(extra -> 'news') = 'boolean' THEN (extra -> 'news')::boolean ELSE false END,
      extra = extra - 'news'
  WHERE extra ? 'news';
`,
  },
];
