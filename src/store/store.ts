import type { Subscription } from '../core/subscriptions/types.js';
import type { NewsStore } from './news-port.js';
import type { InstallationRecord, LedgerEntry, State } from './schema.js';

/**
 * The state port: the operations the bot performs on its state. Implemented by the lowdb file
 * (file-store.ts), its in-memory twin (memory-store.ts), both through document-ops.ts, and by
 * PostgreSQL (pg/pg-store.ts), which any number of processes may share. One contract suite
 * (test/store/contract.ts) runs against all three. The news operations (news-port.ts) are part of
 * it: the news watch adds reports, the scheduler posts them, both on the one configured store.
 */
export interface StateStore extends NewsStore {
  /** The file it persists to, "memory", or the database (without its password). For messages and logs. */
  readonly location: string;
  /** True when several processes may use it at once (PostgreSQL); the file belongs to one process. */
  readonly shared: boolean;

  /** Every subscription, or those of one workspace. */
  listSubscriptions(filter?: {
    platform: Subscription['channel']['platform'];
    workspace: string;
  }): Promise<Subscription[]>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  /**
   * Stores the subscription (insert or replace). With `startDigest`, the channel's digest starts
   * from that mark unless it already has one.
   */
  subscribe(sub: Subscription, startDigest?: DigestUpdate): Promise<void>;
  /** Replaces the subscription with `remaining`, or removes it (null); drops a digest mark no longer used. */
  unsubscribe(id: string, remaining: Subscription | null): Promise<void>;
  /** Marks a subscription failing after a permanent error. False if it already was, or is gone. */
  markFailing(id: string, reason: string, at: string): Promise<boolean>;

  /** What the planner reads: subscriptions, ledger, digest marks, snapshots, last tick (as State). */
  scheduleState(): Promise<State>;
  /**
   * Claims the deliveries not yet done and not claimed by another live owner, for `leaseMs` from the
   * store's own clock. Returns the keys now held by `owner`. A claim that is not renewed expires,
   * and another owner may take it (a process killed mid-tick loses its claims this way).
   */
  claimDeliveries(keys: readonly string[], owner: string, leaseMs: number): Promise<string[]>;
  /** Extends every claim `owner` holds by `leaseMs` from now. */
  renewClaims(owner: string, leaseMs: number): Promise<void>;
  /** Gives up every claim `owner` still holds (deliveries deferred to a later tick). */
  releaseClaims(owner: string): Promise<void>;
  /** Records a delivery as done (and the digest it covered) and ends its claim, in one step. */
  recordDelivery(key: string, entry: LedgerEntry, digest?: DigestUpdate): Promise<void>;
  /** Keeps the snapshot and marks what the channel's digest covered. */
  markDigest(id: string, update: DigestUpdate): Promise<void>;
  /** Sets the last tick and drops ledger entries recorded before `pruneBefore`. */
  finishTick(at: string, pruneBefore: string): Promise<void>;

  /** Slack OAuth installations (the record's `sealed` is encrypted by the caller). */
  putInstallation(key: string, record: InstallationRecord): Promise<void>;
  getInstallation(key: string): Promise<InstallationRecord | undefined>;
  deleteInstallation(key: string): Promise<boolean>;

  /**
   * True the first time `eventKey` is offered within `ttlMs`, false for repeats: Slack's retried
   * events are answered once, by one replica.
   */
  firstSighting(eventKey: string, ttlMs: number): Promise<boolean>;

  /** The whole state, in the state file's format. */
  exportState(): Promise<State>;
  /**
   * Loads a validated state: subscriptions, ledger entries, digest marks, snapshots, installations and
   * feed states are inserted or replaced by key, news reports added unless already there (same id or
   * guid); nothing is removed, so importing twice changes nothing.
   */
  importState(state: State): Promise<ImportCounts>;

  /** Waits for pending writes and releases the file or the connections. */
  close(): Promise<void>;
}

/** A digest's coverage: when it ran, and the fact base snapshot it compares against next time. */
export interface DigestUpdate {
  subscriptionId: string;
  lastAt: string;
  snapshot: { id: string; hashes: Record<string, string> };
}

export interface ImportCounts {
  subscriptions: number;
  ledger: number;
  digests: number;
  snapshots: number;
  installations: number;
  newsItems: number;
  newsFeeds: number;
}

/** A state file that cannot be used: names the file, what is wrong and how to fix it. */
export class StateFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly fix: string,
    /** Whether `--reset-state` can help (a corrupt file); not for permissions or paths. */
    resetHelps = true,
  ) {
    const reset = resetHelps
      ? ' (`npm start -- --reset-state` moves the file aside to a timestamped backup and starts fresh)'
      : '';
    super(`state file ${file}: ${problem}; fix: ${fix}${reset}`);
    this.name = 'StateFileError';
  }
}
