import { createSlackService } from '../adapters/slack/service.js';
import type { Config } from '../config.js';
import { createEngine } from '../core/engine/engine.js';
import { createHttpService } from '../ops/http-service.js';
import type { Logger } from '../ops/logger.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../ops/prometheus.js';
import { opsRoutes } from '../ops/routes.js';
import { Bot, type EngineSource, fixedEngine } from './bot.js';
import { createConsoleService } from './console-service.js';
import { readFactBaseFile } from './factbase-file.js';
import { Runtime } from './runtime.js';
import type { HttpRoute, Service } from './service.js';

export interface AssembleOptions {
  config: Config;
  logger: Logger;
  /** `--reset-state`: move a corrupt state file aside and start fresh. */
  resetState: boolean;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  /** Standard input is a terminal: show a prompt. */
  interactive: boolean;
  /** Standard input ended in console mode. */
  onConsoleEnd: (error?: unknown) => void;
  clock?: () => Date;
}

export interface AssembledBot {
  /** Start it with runtime.start(); stop it with runtime.stop(). */
  runtime: Runtime;
  metrics: PrometheusMetrics;
  /** No platform credentials: the console runs. */
  consoleMode: boolean;
}

/**
 * Builds the bot from the configuration: loads the fact base, opens the state store, and lists the
 * services in start order (the ops HTTP server, the platforms, the scheduler, the console). Throws
 * FactBaseError or StateFileError, each naming what is wrong and the fix; main.ts prints it and exits 1.
 */
export async function assembleBot(options: AssembleOptions): Promise<AssembledBot> {
  const { config, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const metrics = createPrometheusMetrics();

  const engine = createEngine(await readFactBaseFile(config.factsPath));
  const engines: EngineSource = fixedEngine(engine);
  metrics.factBaseVersion(engine.version);
  logger.info({ file: config.factsPath, version: engine.version }, 'fact base loaded');

  const bot = new Bot({ engines, clock, metrics, logger });
  const consoleMode = !config.slack && !config.discord;
  const services: Service[] = [];
  let runtime: Runtime | undefined;
  const routes: HttpRoute[] = opsRoutes({
    readiness: () => runtime?.readiness() ?? { ready: false, stopping: false, checks: {} },
    metrics,
  });

  const slack = config.slack
    ? createSlackService({
        config: config.slack,
        bot,
        logger,
        lang: config.defaultLang,
        host: config.host,
        ...(config.port !== undefined ? { port: config.port } : {}),
        ...(config.slack.mode === 'http' ? { customRoutes: routes } : {}),
      })
    : undefined;

  // One server on PORT: Slack's Bolt server when it runs in HTTP mode, else the ops server.
  if (config.port !== undefined && !slack?.servesCustomRoutes) {
    services.push(createHttpService({ port: config.port, host: config.host, routes, logger }));
  }
  if (slack) services.push(slack);
  if (consoleMode) {
    services.push(
      createConsoleService(bot, {
        input: options.stdin,
        output: options.stdout,
        interactive: options.interactive,
        onEnd: options.onConsoleEnd,
      }),
    );
  }

  runtime = new Runtime(services, { logger, checks: { factbase: () => engines.current() !== undefined } });
  return { runtime, metrics, consoleMode };
}
