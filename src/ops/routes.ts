import type { ServerResponse } from 'node:http';
import type { HttpRoute } from '../lifecycle/service.js';

/** What /readyz reports: ready when every check passes (fact base, store, each configured platform). */
export interface ReadinessReport {
  ready: boolean;
  /** True while shutting down: the process is alive but takes no new work. */
  stopping: boolean;
  checks: Record<string, boolean>;
}

export interface OpsRouteDeps {
  readiness: () => ReadinessReport;
  metrics: { render(): Promise<string>; readonly contentType: string };
}

export const OPS_PATHS = { health: '/healthz', ready: '/readyz', metrics: '/metrics' } as const;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * /healthz (alive), /readyz (able to serve) and /metrics (Prometheus text), as routes that either
 * the ops HTTP server or Slack's Bolt server (customRoutes, in HTTP mode) serves on PORT.
 */
export function opsRoutes(deps: OpsRouteDeps): HttpRoute[] {
  return [
    {
      path: OPS_PATHS.health,
      method: 'GET',
      handler: (_req, res) => sendJson(res, 200, { status: 'ok' }),
    },
    {
      path: OPS_PATHS.ready,
      method: 'GET',
      handler: (_req, res) => {
        const report = deps.readiness();
        sendJson(res, report.ready ? 200 : 503, report);
      },
    },
    {
      path: OPS_PATHS.metrics,
      method: 'GET',
      handler: async (_req, res) => {
        try {
          const body = await deps.metrics.render();
          res.writeHead(200, { 'content-type': deps.metrics.contentType, 'cache-control': 'no-store' });
          res.end(body);
        } catch (error) {
          sendJson(res, 500, { error: 'metrics collection failed', detail: (error as Error).message });
        }
      },
    },
  ];
}
