import pino from 'pino';
import { buildApp } from './app.js';
import { loadConfig, loadDotEnv } from './config.js';
import { connect } from './db/connect.js';
import { openDatabase, runMigrations } from './db/database.js';
import { DataDirInUseError } from './db/embedded/instance-lock.js';
import { seedIfEmpty } from './demo/seed.js';
import { startScheduler, type Scheduler } from './modules/jobs/scheduler.js';
import { figuresTask } from './modules/indicators/figures.job.js';
import { notificationTasks } from './modules/notifications/notifications.tasks.js';
import { problemTasks } from './modules/problems/problems.job.js';
import { rankingsTask } from './modules/rankings/rankings.job.js';
import { supervisionTasks } from './modules/supervision/supervision.job.js';

// Starts Tuijin: database (embedded unless DATABASE_URL), migrations, demo data on first start,
// then the HTTP server. SIGINT/SIGTERM stop everything in order.

async function main() {
  const started = performance.now();
  loadDotEnv();
  const config = loadConfig();
  const logger = pino({ level: config.logLevel, base: undefined });
  const log = (level: 'info' | 'warn' | 'error' | 'debug', message: string) => logger[level](message);
  let connection;
  try {
    connection = await connect(config, log);
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      logger.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  let stopping = false;
  let scheduler: Scheduler | null = null;
  const database = openDatabase(connection.url, config.dbPoolSize);
  const app = await buildApp({ config, database, logger });
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping`);
    await scheduler?.stop().catch(() => undefined);
    await app.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    await connection.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  try {
    await runMigrations(connection.url);
    const seeded = await seedIfEmpty(database.db, config, logger);
    await app.listen({ host: config.host, port: config.port });
    if (config.jobs) {
      const settings = { timeZone: config.timezone, dueDay: config.reportDueDay, clock: app.clock };
      const running = startScheduler(
        [
          ...notificationTasks(database.db, config, log),
          figuresTask(database.db, settings),
          ...problemTasks(database.db, settings),
          ...supervisionTasks(database.db, settings),
          rankingsTask(database.db, settings),
        ],
        (task, err) => logger.error({ err }, `job ${task} failed`),
        () => app.clock.now(),
      );
      scheduler = running;
      app.jobs.runNow = () => running.runNow();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`Tuijin is ready on http://${config.host}:${config.port} (${seconds} s)`);
    if (seeded) printDemoBanner(seeded);
  } catch (err) {
    logger.error(err);
    await stop('error', 1);
  }
}

function printDemoBanner(accounts: { username: string; role: string }[]) {
  const lines = [
    '',
    '  Demo district created (示范区). Sign in with any of these accounts, password demo2026:',
    ...accounts.map((a) => `    ${a.username.padEnd(12)} ${a.role}`),
    '',
    '  WARNING: demo mode is for trying Tuijin out. For real use start with TUIJIN_DEMO=0 and',
    '  create the first administrator with: npm run cli -- setup --help',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`Tuijin failed to start: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
