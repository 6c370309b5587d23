import { sweepStale, type SweepReport } from "../handlers/staff/sweep.js";
import type { Container } from "./container.js";

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
  // Replies and notices Telegram refused earlier (429/5xx) go out again now.
  const bots = container.bots();
  const resent = await container.deferred.drain((d) => (d.bot === "resident" ? bots.resident.send(d.call) : bots.staff.send(d.call)), now);
  if (report.reported.length || report.closed.length || resent.sent || resent.dropped) container.log("sweep", { reported: report.reported, closed: report.closed, resent });
  return report;
}
