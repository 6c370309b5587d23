import { afterEach, describe, expect, it, vi } from "vitest";
import worker from "../../api/worker.js";
import { parseConfig, ConfigError } from "../../api/env.js";
import { testEnv } from "../support/env.js";

const ctx = { waitUntil: () => undefined, passThroughOnException: () => undefined } as unknown as ExecutionContext;

describe("configuration errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("the Worker answers 500 with a safe body and logs which variable is wrong, never its value", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void errors.push(a.map(String).join(" ")));
    const env = { ...testEnv({ upstashUrl: "http://127.0.0.1:1", upstashToken: "t", telegramUrl: "http://127.0.0.1:2" }), API_TOKEN: "short-secret" };
    const res = await worker.fetch(new Request("https://bots.example/healthz"), env, ctx);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).not.toMatch(/API_TOKEN|short-secret/);
    expect(errors.join("\n")).toMatch(/API_TOKEN must be at least 16 characters/);
    expect(errors.join("\n")).not.toContain("short-secret");
  });

  it("names every missing or malformed variable in one message", () => {
    try {
      parseConfig({ RESIDENT_BOT_INFO: "{not json", TELEGRAM_WEBHOOK_SECRET: "has spaces in it!!", ADMIN_TELEGRAM_IDS: "12,abc" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const names = (error as ConfigError).problems.map((p) => p.split(" ")[0]);
      expect(names).toEqual(expect.arrayContaining(["RESIDENT_BOT_TOKEN", "STAFF_BOT_TOKEN", "RESIDENT_BOT_INFO", "STAFF_BOT_INFO", "TELEGRAM_WEBHOOK_SECRET", "UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN", "API_TOKEN", "ADMIN_TELEGRAM_IDS"]));
    }
  });
});
