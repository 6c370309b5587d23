/**
 * Redis cost of each kind of update, counted where Upstash would bill it:
 * at the REST endpoint (requests = round trips, commands = billed commands).
 * Used by `npm run bench` for the report and by tests/budgets for the limits.
 */
import type { FakeTelegram } from "../dev/fake-telegram.js";
import type { UpstashRestStats } from "../dev/upstash-rest.js";
import { callbackUpdate, CallIndex, inlineButtons, replyKeyboard, textOf, textUpdate, type Person, type Post } from "./telegram.js";

/** The update kinds we budget. */
export const UPDATE_KINDS = ["start", "first-text", "free-text", "button", "submit", "staff-forward", "deputy-button", "deputy-answer"] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

/** What one update cost at the REST endpoint. */
export interface RedisCost {
  requests: number;
  commands: number;
  /** The commands of each request, names only (e.g. EVALSHA, ZADD). */
  shape: string[][];
  /** The Bot API calls the update made (both bots), in order: what people see and Telegram counts. */
  botCalls: string[];
}

/** Budgets enforced by tests/budgets (deterministic; times never are). */
export const BUDGETS: Record<UpdateKind, { requests: number; commands: number; what: string }> = {
  start: { requests: 3, commands: 9, what: "/start of a new resident" },
  "first-text": { requests: 3, commands: 9, what: "first free text (new draft)" },
  "free-text": { requests: 3, commands: 9, what: "free text that extends a draft" },
  button: { requests: 3, commands: 9, what: "inline button (edit, on the review card)" },
  submit: { requests: 3, commands: 9, what: "submit button (item, indexes, both rate limits)" },
  "staff-forward": { requests: 5, commands: 9, what: "/forward CODE by staff (claim+session, item, deputies with their profiles, commit)" },
  "deputy-button": { requests: 4, commands: 7, what: "a deputy presses answer on the card" },
  "deputy-answer": { requests: 4, commands: 7, what: "the deputy's typed answer (item write, notice to the resident)" },
};

/** Everything the scenario needs: a way to post, the fake's calls, the endpoint's counters. */
export interface RoundTripDeps {
  post: Post;
  telegram: FakeTelegram;
  stats: UpstashRestStats;
  residentToken: string;
  staffToken: string;
  adminId: number;
  /** Distinct ids per run so repeated runs against one Redis do not collide. */
  idBase: number;
}

/**
 * Runs one of each update kind (after a warm-up that loads every Lua script)
 * and returns what each cost. Throws if the bot did not do what it should,
 * so a budget can never pass on a broken flow.
 */
export async function measureRoundTrips(deps: RoundTripDeps): Promise<Record<UpdateKind, RedisCost>> {
  const index = new CallIndex(deps.telegram);
  const out = {} as Record<UpdateKind, RedisCost>;
  const ok = async (bot: "resident" | "staff", update: unknown) => {
    const status = await deps.post(bot, update);
    if (status !== 200) throw new Error(`${bot} webhook answered ${status}`);
  };
  const measure = async (kind: UpdateKind, bot: "resident" | "staff", update: unknown) => {
    deps.stats.reset();
    const before = deps.telegram.calls.length;
    await ok(bot, update);
    out[kind] = {
      requests: deps.stats.requests,
      commands: deps.stats.commands,
      shape: deps.stats.log.map((l) => l.commands.map((c) => c[0]!.toUpperCase())),
      botCalls: deps.telegram.calls.slice(before).map((c) => c.method),
    };
  };
  const staffSays = (p: Person, text: string) => ok("staff", textUpdate(p, text));
  const admin: Person = { id: deps.adminId, first_name: "Admin", language_code: "en" };
  const staffer: Person = { id: deps.idBase + 1, first_name: "Staff", language_code: "en" };
  const deputy: Person = { id: deps.idBase + 2, first_name: "Deputy", language_code: "en" };
  await staffSays(admin, `/grant ${staffer.id} staff`);
  await staffSays(admin, `/grant ${deputy.id} deputy deputy-fengming`);

  // Run the whole lifecycle twice: the first pass loads every Lua script into Redis (EVALSHA hits after), the second is measured.
  for (const pass of [0, 1]) {
    const measured = pass === 1;
    const step = (kind: UpdateKind, bot: "resident" | "staff", update: unknown) => (measured ? measure(kind, bot, update) : ok(bot, update));
    const r: Person = { id: deps.idBase + 20 + pass, first_name: "王", language_code: "zh-hans" };
    const mine = () => index.of(deps.residentToken, r.id).filter((c) => c.method !== "answerCallbackQuery");
    await step("start", "resident", textUpdate(r, "/start"));
    await step("first-text", "resident", textUpdate(r, "凤鸣镇到县城的公交车太少了，希望增加班次。"));
    await step("free-text", "resident", textUpdate(r, "早上七点到九点最挤，经常等一个小时"));
    if (!/已补充/.test(textOf(mine().slice(-2)))) throw new Error(`free text did not extend the draft: ${textOf(mine().slice(-2))}`);
    // Skip the attachment, stay anonymous: the review card.
    await ok("resident", textUpdate(r, replyKeyboard(mine())![1]![0]!.text));
    await ok("resident", textUpdate(r, replyKeyboard(mine())![1]![0]!.text));
    const edit = inlineButtons(mine().slice(-2)).find((b) => /^1e:/.test(b.callback_data));
    if (!edit) throw new Error(`no review card: ${textOf(mine().slice(-2))}`);
    await step("button", "resident", callbackUpdate(r, edit.callback_data));
    const back = inlineButtons(mine().slice(-1)).find((b) => /^1b:/.test(b.callback_data))!;
    await ok("resident", callbackUpdate(r, back.callback_data));
    const submit = inlineButtons(mine().slice(-1)).find((b) => /^1s:/.test(b.callback_data))!;
    await step("submit", "resident", callbackUpdate(r, submit.callback_data));
    const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(mine().slice(-1)))?.[1];
    if (!code) throw new Error(`submit gave no code: ${textOf(mine().slice(-1))}`);

    await step("staff-forward", "staff", textUpdate(staffer, `/forward ${code}`));
    const card = index.of(deps.staffToken, deputy.id).slice(-1);
    const answer = inlineButtons(card).find((b) => /^1n:/.test(b.callback_data));
    if (!answer) throw new Error(`the deputy got no card: ${textOf(card)}`);
    await step("deputy-button", "staff", callbackUpdate(deputy, answer.callback_data));
    await step("deputy-answer", "staff", textUpdate(deputy, "From next month line 3 runs every 20 minutes before 9."));
    if (!/every 20 minutes/.test(textOf(mine().slice(-1)))) throw new Error("the resident did not get the answer");
  }
  return out;
}
