import type { Item } from "../items/model.js";
import { annotate, transition } from "../items/status.js";
import type { Locale } from "../locale.js";
import type { ItemRepository, MemberDirectory, Notice, Outbox, OutboxBatch } from "../ports.js";
import { noticeMessage } from "../turn.js";
import { clipText, reply } from "../replies.js";
import { update } from "./actions.js";
import { showAction } from "./callback.js";
import type { DirectoryView } from "../directory/view.js";
import { deputiesOf, residentNotices, staffNotices, triageTeam } from "./notices.js";
import { enteredStatusAt, staleAction, type StalePolicy } from "./stale.js";

/** What the stale sweep needs. */
export interface SweepDeps {
  items: ItemRepository;
  members: MemberDirectory;
  outbox: Outbox;
  dir: DirectoryView;
  adminIds: readonly number[];
  staffLocale: Locale;
  policy: StalePolicy;
  log?: (event: string, data: Record<string, unknown>) => void;
}

/** What one sweep did (item codes). */
export interface SweepReport {
  reported: string[];
  closed: string[];
}

/** How many items of one status one sweep looks at (oldest first); the rest wait for the next run. */
const SWEEP_BATCH = 500;
const SYSTEM = { role: "system" as const };
/** Items listed by name in one stale report (the count covers all); keeps the message under Telegram's limit. */
const REPORT_LINES = 30;

/**
 * Reports stale `new`/`forwarded` items to the triage team once and closes
 * unrated `answered` items. Each item is written on its own revision, so a
 * concurrent staff action wins and the sweep simply retries next time.
 */
export async function sweepStale(deps: SweepDeps, now: number): Promise<SweepReport> {
  const ids = (await Promise.all((["new", "forwarded", "answered"] as const).map((s) => deps.items.idsByStatus(s, SWEEP_BATCH)))).flat();
  const items = await deps.items.getMany(ids);
  const reported: Item[] = [];
  const closed: string[] = [];
  const notices: Notice[] = [];
  const batches: OutboxBatch[] = [];
  for (const item of items) {
    const action = staleAction(item, now, deps.policy);
    if (!action) continue;
    const after =
      action.kind === "close"
        ? transition(item, "closed", SYSTEM, now, "auto-closed", undefined, { claimedBy: null, claimedUntil: null })
        : annotate(item, SYSTEM, now, "stale-reported", undefined, { staleNotified: { ...item.staleNotified, [item.status]: now } });
    // The resident's notice is stored with the write that closes the item (outbox): it goes out even if this run dies.
    const owed = action.kind === "close" ? residentNotices(after, () => reply("notice-auto-closed", { code: item.id, summary: item.summary })).map(noticeMessage) : [];
    const result = await deps.items.write([update(item, after, action.kind === "close" ? null : undefined)], owed);
    if (!result.ok) {
      deps.log?.("sweep-skipped", { item: item.id, reason: result.reason });
      continue;
    }
    if (result.batch) batches.push(result.batch);
    if (action.kind === "close") closed.push(item.id);
    else reported.push(item);
  }
  if (reported.length) {
    const team = await triageTeam(deps.members, deps.adminIds, deps.staffLocale);
    const lines = reported.slice(0, REPORT_LINES).map((i) => {
      const hours = Math.floor((now - enteredStatusAt(i)) / 3600_000);
      return { key: "staff-stale-line", args: { code: i.id, status: i.status, hours, summary: clipText(i.summary || i.text, 60) } };
    });
    notices.push(...staffNotices(team, () => [reply("staff-stale-report", { count: reported.length }, { lines })]));
  }
  // The deputies of a forwarded item nobody has accepted get a reminder of their own, with the card one tap away.
  for (const item of reported.filter((i) => i.status === "forwarded")) {
    const deputies = await deputiesOf(deps.members, item.target, deps.staffLocale);
    const hours = Math.floor((now - enteredStatusAt(item)) / 3600_000);
    notices.push(...staffNotices(deputies, () => [reply("deputy-stale-reminder", { code: item.id, hours, summary: clipText(item.summary || item.text, 60) }, { buttons: [[{ key: "button-show", action: showAction(item.id) }]] })]));
  }
  if (notices.length) {
    // The reports and reminders are stored before they are sent, like every other message.
    const stored = await deps.items.write([], notices.map(noticeMessage));
    if (stored.ok && stored.batch) batches.push(stored.batch);
  }
  await deps.outbox.deliver(batches);
  return { reported: reported.map((i) => i.id), closed };
}
