import { describe, expect, it } from 'vitest';
import { Bot, fixedEngine } from '../../src/app/bot.js';
import { readFactBaseFile } from '../../src/app/factbase-file.js';
import { createEngine } from '../../src/core/engine/engine.js';
import { createPrometheusMetrics, METRIC_NAMES } from '../../src/ops/prometheus.js';

/** The value of one sample in Prometheus text, or undefined when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[3] ?? '').split(',').filter(Boolean);
    if (wanted.every((w) => have.includes(w)) && have.length === wanted.length) return Number(match[4]);
  }
  return undefined;
}

describe('createPrometheusMetrics', () => {
  it('counts real answers by kind and platform, with latency and the unknown-answer rate', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    const engine = createEngine(await readFactBaseFile('data/factbase.json'));
    const bot = new Bot({
      engines: fixedEngine(engine),
      clock: () => new Date('2026-02-20T12:00:00Z'),
      metrics,
    });

    const kinds = ['projects', 'what is the exchange rate assumed?', 'sectors', 'help'].map(
      (q) => bot.answer(q, { platform: 'slack' }).kind,
    );
    expect(kinds).toContain('unknown');
    const text = await metrics.render();

    const byKind = new Map<string, number>();
    for (const k of kinds) byKind.set(k, (byKind.get(k) ?? 0) + 1);
    for (const [kind, n] of byKind)
      expect(sample(text, METRIC_NAMES.answers, { kind, platform: 'slack' })).toBe(n);
    expect(sample(text, `${METRIC_NAMES.latency}_count`, { platform: 'slack' })).toBe(4);
    expect(sample(text, `${METRIC_NAMES.latency}_bucket`, { platform: 'slack', le: '+Inf' })).toBe(4);
    expect(sample(text, METRIC_NAMES.unknownRatio)).toBeCloseTo((byKind.get('unknown') ?? 0) / 4);
  });

  it('shows an answer to any reader of the registry, whether or not the event loop has turned since', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    metrics.answered('list', 0.0002, 'discord');
    // Read at once, through the registry itself rather than render().
    expect(
      sample(await metrics.registry.metrics(), METRIC_NAMES.answers, { kind: 'list', platform: 'discord' }),
    ).toBe(1);
    metrics.answered('list', 0.0002, 'discord');
    await new Promise((resolve) => setImmediate(resolve));
    const text = await metrics.render();
    expect(sample(text, METRIC_NAMES.answers, { kind: 'list', platform: 'discord' })).toBe(2);
    expect(sample(text, `${METRIC_NAMES.latency}_count`, { platform: 'discord' })).toBe(2);
    expect(sample(text, `${METRIC_NAMES.latency}_bucket`, { platform: 'discord', le: '0.00025' })).toBe(2);
  });

  it('reports an unknown-answer rate of 0 before the first answer', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    expect(sample(await metrics.render(), METRIC_NAMES.unknownRatio)).toBe(0);
  });

  it('counts deliveries by outcome and platform', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    metrics.delivery('sent', 'discord');
    metrics.delivery('sent', 'discord');
    metrics.delivery('rate-limited', 'slack');
    metrics.delivery('failed', 'slack');
    const text = await metrics.render();
    expect(sample(text, METRIC_NAMES.deliveries, { outcome: 'sent', platform: 'discord' })).toBe(2);
    expect(sample(text, METRIC_NAMES.deliveries, { outcome: 'rate-limited', platform: 'slack' })).toBe(1);
    expect(sample(text, METRIC_NAMES.deliveries, { outcome: 'failed', platform: 'slack' })).toBe(1);
  });

  it('shows only the current fact base version as an info gauge', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    metrics.factBaseVersion('2026-02-12#abc');
    metrics.factBaseVersion('2026-02-13#def');
    const text = await metrics.render();
    expect(sample(text, METRIC_NAMES.factBase, { version: '2026-02-13#def' })).toBe(1);
    expect(sample(text, METRIC_NAMES.factBase, { version: '2026-02-12#abc' })).toBeUndefined();
  });

  it('keeps separate registries apart and includes process metrics by default', async () => {
    const a = createPrometheusMetrics();
    const b = createPrometheusMetrics({ processMetrics: false });
    a.delivery('sent', 'slack');
    expect(
      sample(await b.render(), METRIC_NAMES.deliveries, { outcome: 'sent', platform: 'slack' }),
    ).toBeUndefined();
    expect(await a.render()).toContain('process_resident_memory_bytes');
    expect(a.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
  });
});
