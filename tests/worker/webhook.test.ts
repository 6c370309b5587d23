import { env, SELF } from "cloudflare:test";
import { fetchSettled } from "./settled.js";
import { Redis } from "@upstash/redis/cloudflare";
import { beforeEach, describe, expect, it } from "vitest";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_SECRET } from "../support/env.js";

const bindings = env as unknown as Record<string, string>;
const telegram = bindings.TEST_TELEGRAM_URL!;
const redis = new Redis({ url: bindings.UPSTASH_REDIS_REST_URL!, token: bindings.UPSTASH_REDIS_REST_TOKEN!, automaticDeserialization: false });

interface Call { token: string; method: string; params: Record<string, unknown> }
const calls = async (): Promise<Call[]> => (await (await fetch(`${telegram}/__calls`)).json()) as Call[];

let nextUpdateId = 5_000_000 + Math.floor(Math.random() * 1_000_000);
let nextUser = 700_000;
function startUpdate(languageCode: string | undefined, text = "/start") {
  const userId = nextUser++;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Li" },
      from: { id: userId, is_bot: false, first_name: "Li", ...(languageCode && { language_code: languageCode }) },
      text,
      entities: text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined,
    },
  };
}

const post = (path: string, body: unknown, secret: string | null = TEST_SECRET, raw = false) =>
  fetchSettled(`https://bots.example${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret !== null && { "X-Telegram-Bot-Api-Secret-Token": secret }) },
    body: raw ? (body as string) : JSON.stringify(body),
  });

describe("webhooks inside workerd", () => {
  beforeEach(async () => {
    await fetch(`${telegram}/__reset`, { method: "POST" });
  });

  it("answers /healthz", async () => {
    const res = await SELF.fetch("https://bots.example/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });

  it("refuses a wrong or missing secret with 401 and stores nothing", async () => {
    const before = await redis.dbsize();
    for (const secret of [null, "wrong-secret-value-000000", TEST_SECRET.slice(0, -1), `${TEST_SECRET}x`]) {
      const res = await post("/telegram/resident", startUpdate("en"), secret);
      expect(res.status).toBe(401);
      const staff = await post("/telegram/staff", startUpdate("en"), secret);
      expect(staff.status).toBe(401);
    }
    expect(await redis.dbsize()).toBe(before);
    expect(await calls()).toEqual([]);
  });

  it("answers /start in the resident's language", async () => {
    const cases: Array<[string | undefined, RegExp]> = [
      ["zh-hans", /您好.*群众的意见/s],
      ["zh-hant", /您好.*民眾的意見/s],
      ["zh-HK", /民眾的意見/],
      ["en", /Hello.*suggestions and complaints/s],
      ["en-GB", /Hello/],
      [undefined, /群众的意见/],
      ["fr", /群众的意见/],
    ];
    for (const [lang, pattern] of cases) {
      const update = startUpdate(lang);
      expect((await post("/telegram/resident", update)).status).toBe(200);
      const sent = (await calls()).filter((c) => c.method === "sendMessage" && c.params.chat_id === update.message.chat.id);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.token).toBe(RESIDENT_TOKEN);
      expect(String(sent[0]!.params.text)).toMatch(pattern);
    }
  });

  it("handles a redelivered update once and still answers 200", async () => {
    const update = startUpdate("en", "/help");
    for (let i = 0; i < 3; i++) expect((await post("/telegram/resident", update)).status).toBe(200);
    expect((await calls()).filter((c) => c.method === "sendMessage")).toHaveLength(1);
  });

  it("answers 400 to bodies that are not Telegram updates, never 5xx", async () => {
    const bodies: Array<[unknown, boolean]> = [
      ["not json at all", true],
      ["{\"update_id\":", true],
      [[1, 2, 3], false],
      [{}, false],
      [{ update_id: "7", message: {} }, false],
      [{ update_id: -1, message: {} }, false],
      [{ update_id: 12 }, false],
      [null, false],
    ];
    for (const [body, raw] of bodies) {
      for (const bot of ["resident", "staff"]) {
        const res = await post(`/telegram/${bot}`, body, TEST_SECRET, raw);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
    }
    expect(await calls()).toEqual([]);
  });

  it("staff bot: /whoami names the user's id and roles; the bootstrap admin is admin", async () => {
    const update = startUpdate("en", "/whoami");
    update.message.from.id = 900001;
    update.message.chat.id = 900001;
    expect((await post("/telegram/staff", update)).status).toBe(200);
    const sent = (await calls()).filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.token).toBe(STAFF_TOKEN);
    expect(String(sent[0]!.params.text)).toMatch(/900001.*admin/s);
  });
});
