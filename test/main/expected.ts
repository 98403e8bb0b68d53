import { readFactBaseFile } from '../../src/app/factbase-file.js';
import type { Answer } from '../../src/core/answer/answer.js';
import { createEngine } from '../../src/core/engine/engine.js';
import { REPO } from './bot-process.js';

/** What the engine answers in-process, to compare with what the child printed (labels, not wording). */
export async function expectedAnswer(question: string): Promise<Answer> {
  const engine = createEngine(await readFactBaseFile(`${REPO}/data/factbase.json`));
  return engine.answer(question, { now: new Date() });
}

/** Platform variables set to empty, so a developer's .env cannot switch the child into a platform mode. */
export const NO_PLATFORM_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_SIGNING_SECRET: '',
  SLACK_APP_TOKEN: '',
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  PORT: '',
};
