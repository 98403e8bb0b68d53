import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Bot, fixedEngine } from '../../src/app/bot.js';
import { createConsoleService } from '../../src/app/console-service.js';
import { readFactBaseFile } from '../../src/app/factbase-file.js';
import { createEngine } from '../../src/core/engine/engine.js';
import { Capture } from '../ops/capture.js';

async function bot() {
  const engine = createEngine(await readFactBaseFile('data/factbase.json'));
  return new Bot({ engines: fixedEngine(engine), clock: () => new Date('2026-02-20T12:00:00Z') });
}

/** A console service over an open input, with its output captured and its end-of-input reports. */
async function started() {
  const input = new PassThrough();
  const output = new Capture();
  const ends: unknown[] = [];
  const service = createConsoleService(await bot(), {
    input,
    output,
    interactive: false,
    onEnd: (e) => ends.push(e),
  });
  await service.start();
  return { input, output, ends, service };
}

describe('createConsoleService', () => {
  it('answers each input line and reports the end of input once', async () => {
    const { input, output, ends, service } = await started();
    input.end('projects\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(ends).toEqual([undefined]);
    expect(output.text.length).toBeGreaterThan(20);
    expect(service.ready()).toBe(true);
  });

  it('stop() stops reading an input that never ends, without reporting an end of input', async () => {
    const { input, output, ends, service } = await started();
    input.write('sectors\n');
    await new Promise((r) => setTimeout(r, 20));
    const answered = output.text;
    await service.stop();
    input.write('projects\n');
    await new Promise((r) => setTimeout(r, 20));
    expect(answered.length).toBeGreaterThan(20);
    expect(output.text).toBe(answered);
    expect(ends).toEqual([]);
  });
});
