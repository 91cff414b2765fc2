import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The only place that reads process.env: everything else receives a typed Config.

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  TUIJIN_DATA_DIR: z.string().default('./data'),
  TUIJIN_FILES_DIR: z.string().min(1).optional(),
  TUIJIN_MAX_UPLOAD_MB: z.coerce.number().min(0.01).max(200).default(10),
  DATABASE_URL: z.url().optional(),
  TUIJIN_DEMO: bool.default(true),
  TUIJIN_TIMEZONE: z.string().default('Asia/Shanghai'),
  TUIJIN_REPORT_DUE_DAY: z.coerce.number().int().min(1).max(28).default(5),
  TUIJIN_SESSION_HOURS: z.coerce
    .number()
    .min(1)
    .max(24 * 30)
    .default(12),
  TUIJIN_TRUST_PROXY: bool.default(false),
  TUIJIN_DB_POOL: z.coerce.number().int().min(2).max(200).default(10),
  TUIJIN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TUIJIN_LOGIN_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** A movable clock and a route to move it, for browser journeys only (refused unless NODE_ENV=test). */
  TUIJIN_TEST_CLOCK: bool.default(false),
  TUIJIN_JOBS: bool.default(true),
  TUIJIN_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  TUIJIN_MAIL_FROM: z.string().min(3).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  /** Where uploaded files (report photos…) are kept: <dataDir>/files unless set. */
  filesDir: string;
  /** Largest accepted upload, per file, in bytes. */
  maxUploadBytes: number;
  databaseUrl: string | undefined;
  demo: boolean;
  timezone: string;
  /** Day of the next month by which a monthly report is due (end of that day, district time). */
  reportDueDay: number;
  sessionHours: number;
  trustProxy: boolean;
  dbPoolSize: number;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  testClock: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  webDistDir: string;
  /** Run the scheduled jobs (outbox sender, report-due reminders) on this node. */
  jobs: boolean;
  /** SMTP server of the email channels, e.g. smtps://user:password@mail.example.org; never logged. */
  smtpUrl: string | undefined;
  /** Sender of notification emails, e.g. "推进平台 <tuijin@example.org>". */
  mailFrom: string | undefined;
};

/** Reads ./.env (if present) into the environment without overriding what is already set. */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.TUIJIN_TEST_CLOCK && e.NODE_ENV !== 'test') {
    throw new Error(
      'Invalid configuration:\n  TUIJIN_TEST_CLOCK: only with NODE_ENV=test (it lets anyone move the time)',
    );
  }
  try {
    new Intl.DateTimeFormat('en', { timeZone: e.TUIJIN_TIMEZONE });
  } catch {
    throw new Error(`Invalid configuration:\n  TUIJIN_TIMEZONE: unknown time zone ${e.TUIJIN_TIMEZONE}`);
  }
  if (e.TUIJIN_SMTP_URL && !e.TUIJIN_MAIL_FROM) {
    throw new Error('Invalid configuration:\n  TUIJIN_MAIL_FROM: required when TUIJIN_SMTP_URL is set');
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    dataDir: path.resolve(e.TUIJIN_DATA_DIR),
    filesDir: path.resolve(e.TUIJIN_FILES_DIR ?? path.join(e.TUIJIN_DATA_DIR, 'files')),
    maxUploadBytes: Math.round(e.TUIJIN_MAX_UPLOAD_MB * 1024 * 1024),
    databaseUrl: e.DATABASE_URL,
    demo: e.TUIJIN_DEMO,
    timezone: e.TUIJIN_TIMEZONE,
    reportDueDay: e.TUIJIN_REPORT_DUE_DAY,
    sessionHours: e.TUIJIN_SESSION_HOURS,
    trustProxy: e.TUIJIN_TRUST_PROXY,
    dbPoolSize: e.TUIJIN_DB_POOL,
    loginMaxFailures: e.TUIJIN_LOGIN_MAX_FAILURES,
    loginWindowMinutes: e.TUIJIN_LOGIN_WINDOW_MINUTES,
    testClock: e.TUIJIN_TEST_CLOCK,
    logLevel: e.LOG_LEVEL,
    webDistDir: path.resolve(import.meta.dirname, '../../web/dist'),
    jobs: e.TUIJIN_JOBS,
    smtpUrl: e.TUIJIN_SMTP_URL,
    mailFrom: e.TUIJIN_MAIL_FROM,
  };
}
