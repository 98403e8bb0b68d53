import { afterEach, describe, expect, it } from 'vitest';
import { createHttpService, type HttpService } from '../../src/ops/http-service.js';
import { createLogger } from '../../src/ops/logger.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { opsRoutes, type ReadinessReport } from '../../src/ops/routes.js';
import { Capture } from './capture.js';

const running: HttpService[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function serve(readiness: () => ReadinessReport, sink = new Capture()) {
  const metrics = createPrometheusMetrics({ processMetrics: false });
  const service = createHttpService({
    port: 0,
    host: '127.0.0.1',
    routes: opsRoutes({ readiness, metrics }),
    logger: createLogger('info', sink),
  });
  await service.start();
  running.push(service);
  const base = `http://127.0.0.1:${service.address()?.port}`;
  return { service, metrics, base, sink };
}

describe('the ops HTTP server', () => {
  it('answers /healthz while alive, whatever readiness says', async () => {
    const { base } = await serve(() => ({ ready: false, stopping: true, checks: {} }));
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz 503 with the failing checks, then 200 once every check passes', async () => {
    const checks = { factbase: true, store: true, slack: false };
    const { base } = await serve(() => ({
      ready: Object.values(checks).every(Boolean),
      stopping: false,
      checks,
    }));
    const before = await fetch(`${base}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.json()).toEqual({ ready: false, stopping: false, checks });
    checks.slack = true;
    const after = await fetch(`${base}/readyz?verbose=1`);
    expect(after.status).toBe(200);
    expect(((await after.json()) as ReadinessReport).ready).toBe(true);
  });

  it('serves the metrics in Prometheus text format', async () => {
    const { base, metrics } = await serve(() => ({ ready: true, stopping: false, checks: {} }));
    metrics.delivery('sent', 'slack');
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain('dealbot_deliveries_total{outcome="sent",platform="slack"} 1');
  });

  it('answers 404 for unknown paths and 405 for wrong methods, and HEAD like GET', async () => {
    const { base } = await serve(() => ({ ready: true, stopping: false, checks: {} }));
    const missing = await fetch(`${base}/slack/events`, { method: 'POST' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/healthz/);
    const wrong = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });

  it('logs the port it listens on and stops listening on stop()', async () => {
    const { service, base, sink } = await serve(() => ({ ready: true, stopping: false, checks: {} }));
    expect(service.ready()).toBe(true);
    expect(sink.lines()[0]).toMatchObject({
      port: service.address()?.port,
      msg: expect.stringMatching(/listening/),
    });
    await service.stop();
    expect(service.ready()).toBe(false);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  });

  it('fails to start with a message naming PORT when the port is taken', async () => {
    const { service } = await serve(() => ({ ready: true, stopping: false, checks: {} }));
    const port = service.address()?.port ?? 0;
    const second = createHttpService({ port, host: '127.0.0.1', routes: [], logger: createLogger('silent') });
    await expect(second.start()).rejects.toThrow(`PORT: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
  });

  it('turns a route that throws or rejects into a 500 and a log line, and keeps serving', async () => {
    const sink = new Capture();
    const service = createHttpService({
      port: 0,
      host: '127.0.0.1',
      routes: [
        {
          path: '/throws',
          method: 'GET',
          handler: () => {
            throw new Error('sync boom');
          },
        },
        {
          path: '/rejects',
          method: 'POST',
          handler: async () => {
            throw new Error('async boom');
          },
        },
        ...opsRoutes({
          readiness: () => ({ ready: true, stopping: false, checks: {} }),
          metrics: createPrometheusMetrics({ processMetrics: false }),
        }),
      ],
      logger: createLogger('info', sink),
    });
    await service.start();
    running.push(service);
    const base = `http://127.0.0.1:${service.address()?.port}`;
    expect((await fetch(`${base}/throws`)).status).toBe(500);
    expect((await fetch(`${base}/rejects`, { method: 'POST', body: 'x' })).status).toBe(500);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(sink.text).toMatch(/sync boom/);
    expect(sink.text).toMatch(/async boom/);
  });
});
