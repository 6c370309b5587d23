/** The public pages (#15) inside workerd: Hono's JSX renders there, and Cloudflare's client address keys the limit. */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createUpstashItemRepository } from "../../api/store/item-repo.js";
import { createRedis } from "../../api/store/redis.js";
import { queueScore } from "../../handlers/items/model.js";
import { personalItem, residentFields } from "../support/public-items.js";

const bindings = env as unknown as Record<string, string>;
const repo = createUpstashItemRepository(createRedis({ url: bindings.UPSTASH_REDIS_REST_URL!, token: bindings.UPSTASH_REDIS_REST_TOKEN! }), "yy:");

describe("GET /t/:code in workerd", () => {
  it("renders the page in every language without any field of a resident", async () => {
    const item = personalItem({ id: "WPAAAA" });
    expect(await repo.write([{ kind: "create", item, queueScore: queueScore(item) }])).toEqual({ ok: true });
    for (const [lang, status] of [["zh-CN", "已答复"], ["zh-TW", "已答覆"], ["en", "answered"]] as const) {
      const res = await SELF.fetch(`https://bots.example/t/WPAAAA?lang=${lang}`, { headers: { "cf-connecting-ip": "203.0.113.7" } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain(status);
      for (const field of residentFields(item)) expect(html, field).not.toContain(field);
    }
    expect((await SELF.fetch("https://bots.example/t/?lang=en", { headers: { "cf-connecting-ip": "203.0.113.7" } })).status).toBe(200);
  });
});
