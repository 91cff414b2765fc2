import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded/embedded-postgres.js';
import { isProcessAlive } from './embedded/instance-lock.js';

type Log = (level: 'info' | 'warn' | 'error' | 'debug', message: string) => void;

export type Connection = { url: string; embedded: boolean; stop(): Promise<void> };

const RUNNING_FILE = 'running.json';

/**
 * The database to use: DATABASE_URL when set, else the embedded server in the data directory.
 * A command-line tool run beside a live server (`attach`) uses that server's database instead of
 * starting a second one on the same files.
 */
export async function connect(config: Config, log: Log, opts: { attach?: boolean } = {}): Promise<Connection> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  const runningFile = path.join(config.dataDir, RUNNING_FILE);
  if (opts.attach && fs.existsSync(runningFile)) {
    const running = JSON.parse(fs.readFileSync(runningFile, 'utf8')) as { pid: number; url: string };
    if (isProcessAlive(running.pid)) {
      log('info', `Using the database of the running Tuijin (pid ${running.pid})`);
      return { url: running.url, embedded: true, stop: async () => undefined };
    }
  }
  const server = await startEmbeddedPostgres({ dataDir: config.dataDir, log });
  const url = server.connectionString();
  fs.writeFileSync(runningFile, JSON.stringify({ pid: process.pid, url }), { mode: 0o600 });
  return {
    url,
    embedded: true,
    async stop() {
      fs.rmSync(runningFile, { force: true });
      await server.stop();
    },
  };
}
