import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram, type FakeTelegram } from "../../dev/fake-telegram.js";
import { parseConfig } from "../../api/env.js";
import { setupTelegram } from "../../api/telegram-setup.js";
import { RESIDENT_COMMANDS, STAFF_COMMANDS } from "../../handlers/commands.js";
import { createTranslator } from "../../locales/index.js";
import { RESIDENT_TOKEN, STAFF_TOKEN, TEST_SECRET, testEnv } from "../support/env.js";

let tg: FakeTelegram;
beforeAll(async () => {
  tg = await startFakeTelegram();
});
afterAll(async () => tg?.close());

describe("npm run telegram:setup", () => {
  it("sets both webhooks with the secret and allowed_updates, and command menus per language", async () => {
    const config = parseConfig(testEnv({ upstashUrl: "http://127.0.0.1:1", upstashToken: "x", telegramUrl: tg.url }));
    const steps = await setupTelegram(config, "https://bots.example.org/", createTranslator());
    expect(steps.every((s) => s.ok)).toBe(true);
    const hooks = tg.sent({ method: "setWebhook" });
    expect(hooks.map((h) => [h.token, h.params.url])).toEqual([
      [RESIDENT_TOKEN, "https://bots.example.org/telegram/resident"],
      [STAFF_TOKEN, "https://bots.example.org/telegram/staff"],
    ]);
    for (const h of hooks) {
      expect(h.params.secret_token).toBe(TEST_SECRET);
      expect(h.params.allowed_updates).toEqual(["message", "callback_query"]);
    }
    const menus = tg.sent({ method: "setMyCommands", token: RESIDENT_TOKEN });
    expect(menus.map((m) => m.params.language_code ?? "default")).toEqual(["default", "zh", "en"]);
    const en = menus[2]!.params.commands as Array<{ command: string; description: string }>;
    expect(en.map((c) => c.command)).toEqual([...RESIDENT_COMMANDS]);
    expect(en.find((c) => c.command === "forget")!.description).toBe("Erase your personal data");
    const zh = menus[1]!.params.commands as Array<{ command: string; description: string }>;
    expect(zh.find((c) => c.command === "forget")!.description).toBe("删除我的个人信息");
    const staff = tg.sent({ method: "setMyCommands", token: STAFF_TOKEN })[0]!.params.commands as Array<{ command: string }>;
    // The default staff menu is what a person without a role may send; members get theirs per chat (tests/e2e/lifecycle.test.ts).
    expect(staff.map((c) => c.command)).toEqual(["whoami", "help"]);
    expect(staff.map((c) => c.command).every((c) => (STAFF_COMMANDS as readonly string[]).includes(c))).toBe(true);
  });

  it("reports a refusal instead of pretending", async () => {
    tg.reset();
    tg.fail({ method: "setWebhook", status: 500, times: 1 });
    const config = parseConfig(testEnv({ upstashUrl: "http://127.0.0.1:1", upstashToken: "x", telegramUrl: tg.url }));
    const steps = await setupTelegram(config, "https://bots.example.org", createTranslator());
    expect(steps[0]).toMatchObject({ bot: "resident", method: "setWebhook", ok: false });
  });
});
