import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { Task } from '../jobs/scheduler.js';
import { DEFAULT_SENDER, sendDueMessages, type SenderLog, type SenderSettings } from './outbox.service.js';
import { dailyReportReminders } from './report-due.job.js';

// The scheduled work of the notifications: the outbox sender on every node every 15 s (rows are
// claimed with SKIP LOCKED), and the report-due reminder, checked every 10 min and run once a
// day by one node.

export function senderSettings(config: Config): SenderSettings {
  return { ...DEFAULT_SENDER, smtpUrl: config.smtpUrl, mailFrom: config.mailFrom };
}

export function notificationTasks(db: Db, config: Config, log: SenderLog): Task[] {
  const sender = senderSettings(config);
  const reminders = { timeZone: config.timezone, dueDay: config.reportDueDay };
  return [
    {
      name: 'outbox',
      everyMs: 15_000,
      run: async () => {
        const r = await sendDueMessages(db, sender, log);
        if (r.sent + r.retried + r.failed > 0)
          log('info', `outbox: ${r.sent} sent, ${r.retried} to try again, ${r.failed} failed`);
      },
    },
    {
      name: 'report-due',
      everyMs: 10 * 60_000,
      run: async (now) => {
        if (await dailyReportReminders(db, reminders, now)) log('info', 'report-due reminders sent for today');
      },
    },
  ];
}
