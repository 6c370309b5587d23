import { sendDigests } from "../handlers/staff/subscriptions.js";
import { sweepStale, type SweepReport } from "../handlers/staff/sweep.js";
import type { Container } from "./container.js";
import { deliverOwed } from "./outbox.js";

/**
 * The stale-item sweep, wired to a container: the Worker's `scheduled`
 * handler (cron `*\/15 * * * *` in wrangler.toml) and the Node server's timer
 * both call it. What counts as stale is decided in handlers/staff/stale.ts.
 */
export async function runSweep(container: Container, now: number): Promise<SweepReport> {
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
  // Busy desks' digests of new items.
  const digests = await sendDigests({ subscriptions: container.subscriptions, items: container.items, outbox: container.outbox, dir: container.view }, now);
  if (digests) container.log("digests", { sent: digests });
  // Messages whose delivery was interrupted (Telegram refused for now, or the request died) and nobody picked up since.
  const resent = await deliverOwed(container.outbox, container.outboxStore, now);
  if (report.reported.length || report.closed.length || resent) container.log("sweep", { reported: report.reported, closed: report.closed, resent });
  return report;
}
