import type { TestProject } from 'vitest/node';
import { startTestPostgres, type TestPostgres } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server, or '' when none could be started. */
    postgresUrl: string;
    /** Why no server could be started (tests that need one fail with it). */
    postgresProblem: string;
  }
}

/**
 * Starts one PostgreSQL server for the whole run (each test file makes its own database on it).
 * When none can be started, the run goes on and every test needing the database fails with the reason.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DEAL_BOT_TEST_DATABASE_URL;
  let server: TestPostgres | null = null;
  let problem = '';
  if (!external) {
    try {
      server = await startTestPostgres();
    } catch (error) {
      problem = (error as Error).message;
    }
  }
  project.provide('postgresUrl', external ?? server?.url ?? '');
  project.provide('postgresProblem', problem);
  return async () => {
    await server?.stop();
  };
}
