import { follows } from "../items/followers.js";
import type { Item } from "../items/model.js";
import { parseRating } from "../items/rating.js";
import { canTransition, transition, annotate, stageOf } from "../items/status.js";
import type { Locale } from "../locale.js";
import type { MemberDirectory, Notice } from "../ports.js";
import { reply } from "../replies.js";
import { showAction } from "../staff/callback.js";
import { deputiesOf, recipientsOf, staffNotices } from "../staff/notices.js";
import type { ItemActionHandler, ItemActionResult } from "./service.js";

/** Where deputies' and staff notices go, and in which language by default. */
export interface ItemActionDeps {
  members: MemberDirectory;
  staffLocale: Locale;
}

/** Notices to every deputy of the item's target, through the staff bot (optionally with the card one tap away). */
export async function noticesToDeputies(deps: ItemActionDeps, item: Item, key: string, args: Record<string, string | number>, buttons = true): Promise<Notice[]> {
  const deputies = await deputiesOf(deps.members, item.target, deps.staffLocale);
  return staffNotices(deputies, () => [reply(key, { code: item.id, summary: item.summary, ...args }, buttons ? { buttons: [[{ key: "button-show", action: showAction(item.id) }]] } : {})]);
}

/**
 * The resident's side of an item after submission: a reply to a deputy's
 * question (its raiser only), a 1–5 rating of the answer, or "not resolved"
 * (reopen). Followers rate and reopen too; a follower's rating is kept beside
 * them on the item, and only the raiser's closes it.
 */
export function createItemActions(deps: ItemActionDeps): ItemActionHandler {
  return async ({ item, rev, action, residentId, now }): Promise<ItemActionResult> => {
    const by = { role: "resident" as const, id: residentId };
    const owner = item.residentId === residentId;
    if (!owner && !follows(item, residentId)) return { replies: [reply("button-expired")] };
    // A rating or reopen button of an earlier stage (the item moved since) is stale; buttons sent before stages were carried have none.
    if (action.kind !== "reply" && action.stage !== null && action.stage !== stageOf(item)) return { replies: [reply(action.kind === "rate" ? "rating-not-open" : "reopen-not-possible", { code: item.id })] };
    if (action.kind === "reply") {
      if (!owner) return { replies: [reply("button-expired")] };
      const text = action.text;
      if (!["new", "forwarded", "accepted", "answered"].includes(item.status)) return { replies: [reply("item-closed-for-replies", { code: item.id })] };
      const updated = annotate(item, by, now, "resident-replied", undefined, { thread: [...item.thread, { at: now, from: "resident", kind: "reply", text }] });
      // The reply goes to whoever wrote last: the staff member (/reply), else the target's deputies.
      const asker = [...item.thread].reverse().find((t) => t.from !== "resident");
      const staffId = asker?.from === "staff" ? asker.byId : undefined;
      const notices = staffId !== undefined
        ? staffNotices(await recipientsOf(deps.members, [staffId], deps.staffLocale), () => [reply("staff-resident-replied", { code: item.id, summary: item.summary, text }, { buttons: [[{ key: "button-show", action: showAction(item.id) }]] })])
        : ["forwarded", "accepted", "answered"].includes(item.status)
          ? await noticesToDeputies(deps, item, "deputy-resident-replied", { text })
          : [];
      if (notices.length === 0) return { replies: [reply("item-closed-for-replies", { code: item.id })] };
      return {
        replies: [reply(staffId !== undefined ? "reply-relayed-staff" : "reply-relayed", { code: item.id })],
        items: [{ kind: "update", item: updated, expectedRev: rev, before: item }],
        notices,
      };
    }
    if (action.kind === "rate") {
      const rating = parseRating(String(action.stars));
      if (rating === null) return { replies: [reply("button-expired")] };
      if (!owner) {
        // A follower rates an answer that was given, whether or not the raiser has closed it by rating.
        if (item.answer === null || !["answered", "closed"].includes(item.status)) return { replies: [reply("rating-not-open", { code: item.id })] };
        const followers = (item.followers ?? []).map((f) => (f.residentId === residentId ? { ...f, rating } : f));
        const updated = annotate(item, by, now, "follower-rated", undefined, { followers }, { rating });
        return {
          replies: [reply("rated-thanks-follower", { code: item.id, rating })],
          items: [{ kind: "update", item: updated, expectedRev: rev, before: item }],
          notices: await noticesToDeputies(deps, item, "deputy-item-rated", { rating }, false),
        };
      }
      if (item.status !== "answered" || !canTransition("answered", "closed", "resident")) return { replies: [reply("rating-not-open", { code: item.id })] };
      const updated = transition(item, "closed", by, now, "rated", undefined, { rating });
      return {
        replies: [reply("rated-thanks", { code: item.id, rating })],
        items: [{ kind: "update", item: updated, expectedRev: rev, queueScore: null, before: item }],
        notices: await noticesToDeputies(deps, item, "deputy-item-rated", { rating }, false),
      };
    }
    {
      if (item.status !== "answered") return { replies: [reply("reopen-not-possible", { code: item.id })] };
      const updated = transition(item, "accepted", by, now, "reopened", undefined, { rating: null });
      return {
        replies: [reply("reopened", { code: item.id })],
        items: [{ kind: "update", item: updated, expectedRev: rev, before: item }],
        notices: await noticesToDeputies(deps, item, "deputy-item-reopened", {}),
      };
    }
  };
}
