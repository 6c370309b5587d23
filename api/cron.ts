import { sendDigests } from "../handlers/staff/subscriptions.js";
import { sweepStale, type SweepReport } from "../handlers/staff/sweep.js";
import type { Container } from "./container.js";
import { deliverOwed } from "./outbox.js";

/**
 * The stale-item sweep, wired to a container: the Worker's `scheduled`
 * handler (cron `*\/15 * * * *` in wrangler.toml) and the Node server's timer
 * both call it. What counts as stale is decided in handlers/staff/stale.ts;
 * what a topic owes at a time (reminder, evaluation) in handlers/topics/machine.ts.
 */
export async function runSweep(container: Container, now: number): Promise<SweepReport & { topics: { reminded: string[]; evaluated: string[] } }> {
  const { config } = container;
  const report = await sweepStale(
    {
      items: container.items,
      members: container.members,
      outbox: container.outbox,
      dir: container.view,
      adminIds: config.ADMIN_TELEGRAM_IDS,
      staffLocale: config.DEFAULT_LOCALE,
      policy: { newHours: config.STALE_NEW_HOURS, forwardedHours: config.STALE_FORWARDED_HOURS, answeredDays: config.AUTO_CLOSE_ANSWERED_DAYS },
      log: container.log,
    },
    now,
  );
  // Topics whose time has come: the day-before reminder (with the deputies' agenda pack), the evaluation question.
  const topics = await container.topics.tick(now);
  await container.outbox.deliver(topics.batches);
  await container.outbox.sendNow(topics.documents);
  // Busy desks' digests of new items.
  const digests = await sendDigests({ subscriptions: container.subscriptions, items: container.items, outbox: container.outbox, dir: container.view }, now);
  if (digests) container.log("digests", { sent: digests });
  // Messages whose delivery was interrupted (Telegram refused for now, or the request died) and nobody picked up since.
  const resent = await deliverOwed(container.outbox, container.outboxStore, now);
  if (report.reported.length || report.closed.length || resent || topics.reminded.length || topics.evaluated.length) {
    container.log("sweep", { reported: report.reported, closed: report.closed, resent, reminded: topics.reminded, evaluated: topics.evaluated });
  }
  return { ...report, topics: { reminded: topics.reminded, evaluated: topics.evaluated } };
}
