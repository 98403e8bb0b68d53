import { App, type HTTPReceiver, type InstallationStore, SocketModeReceiver, type webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { HttpRoute } from '../../lifecycle/service.js';
import { guardRoute } from '../../ops/http-boundary.js';
import type { Logger } from '../../ops/logger.js';
import { boltLogger } from './bolt-logger.js';
import { GuardedHTTPReceiver } from './guarded-receiver.js';
import { installFailureHandler } from './install-failure.js';
import { BOT_SCOPES } from './manifest.js';

export interface BoltAppOptions {
  config: SlackConfig;
  logger: Logger;
  customRoutes?: HttpRoute[];
  /** Milliseconds since the epoch, for the future-timestamp check. */
  now?: () => number;
  /** Socket Mode heartbeat: how long to wait for a pong (Slack's client default 5 s; tests use less). */
  socketPingTimeoutMs?: number;
  /** OAuth (many workspaces): where installations are kept. Required when config.oauth is set. */
  installationStore?: InstallationStore;
}

/** Where Bolt's installer serves the "Add to Slack" link and Slack's redirect after consent. */
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

export type BoltApp =
  | { mode: 'http'; app: App; receiver: HTTPReceiver }
  | { mode: 'socket'; app: App; receiver: SocketModeReceiver };

/**
 * Web API calls made while handling a request (replies, views.publish): a few quick retries on network
 * errors and 5xx, then give up; 429s are waited out by the client. Set explicitly because Socket Mode
 * would otherwise write its 100-retry policy into shared options.
 */
const REPLY_RETRIES: webApi.RetryOptions = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 };
/** `apps.connections.open` when (re)connecting Socket Mode: keep trying for about half an hour. */
const CONNECT_RETRIES: webApi.RetryOptions = {
  retries: 30,
  factor: 1.5,
  minTimeout: 1000,
  maxTimeout: 60_000,
};

function apiUrl(config: SlackConfig): Pick<webApi.WebClientOptions, 'slackApiUrl'> {
  return config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
}

/**
 * A Bolt App for one workspace, in HTTP mode (signing secret; our receiver adds the future-timestamp check and
 * serves the ops routes) or Socket Mode (app-level token). Nothing is called until `app.init()`: that calls
 * `auth.test`, the only Web API call the bot needs to succeed at start.
 */
export function createBoltApp(options: BoltAppOptions): BoltApp {
  const { config } = options;
  const logger = boltLogger(options.logger);
  const clientOptions: webApi.WebClientOptions = {
    ...apiUrl(config),
    retryConfig: REPLY_RETRIES,
    timeout: 10_000,
  };
  const common = {
    ...(config.botToken ? { token: config.botToken } : {}),
    logger,
    clientOptions,
    deferInitialization: true,
    convoStore: false as const,
    ignoreSelf: true,
  };
  if (config.mode === 'socket') {
    if (!config.appToken) throw new Error('Socket Mode needs SLACK_APP_TOKEN (an app-level token, xapp-…)');
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: {
        clientOptions: { ...apiUrl(config), retryConfig: CONNECT_RETRIES, timeout: 10_000 },
      },
      ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
    });
    return { mode: 'socket', app: new App({ ...common, receiver }), receiver };
  }
  if (!config.signingSecret)
    throw new Error('HTTP mode needs SLACK_SIGNING_SECRET (Basic Information → App Credentials)');
  const oauth = config.oauth;
  if (oauth && !options.installationStore) throw new Error('Slack OAuth needs an installation store');
  const receiver = new GuardedHTTPReceiver({
    signingSecret: config.signingSecret,
    logger,
    // Bolt calls a custom route's handler without catching what it rejects with: guard each one.
    customRoutes: (options.customRoutes ?? []).map((r) => guardRoute(r, options.logger)),
    ...(options.now ? { now: options.now } : {}),
    ...(oauth && options.installationStore
      ? {
          clientId: oauth.clientId,
          clientSecret: oauth.clientSecret,
          stateSecret: oauth.stateSecret,
          scopes: [...BOT_SCOPES],
          installationStore: options.installationStore,
          installerOptions: {
            installPath: INSTALL_PATH,
            redirectUriPath: REDIRECT_PATH,
            // /slack/install sends the browser straight to Slack's consent screen.
            directInstall: true,
            clientOptions: { ...apiUrl(config), timeout: 10_000 },
            // A redirect that cannot install gets a 4xx saying what to do (Bolt's default answers 500).
            callbackOptions: { failure: installFailureHandler(options.logger) },
          },
        }
      : {}),
  });
  return { mode: 'http', app: new App({ ...common, receiver }), receiver };
}
