/**
 * The other branches of `npm start`'s choices: the in-memory store instead
 * of redis-server, and the app under Node instead of workerd. The demo's
 * whole tour (`npm run demo`) must run the same on them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPlayground, type Playground } from "../../dev/playground/system.js";
import { runTour } from "../../scripts/demo.js";

let pg: Playground;
const notices: string[] = [];

beforeAll(async () => {
  pg = await startPlayground({ storage: "memory", runtime: "node", log: (line) => notices.push(line) });
}, 60_000);
afterAll(async () => pg?.stop());

describe("the playground on the in-memory store, app under Node", () => {
  it("says which storage and runtime it picked, one line each", () => {
    expect(pg.storage.kind).toBe("memory");
    expect(pg.runtime.kind).toBe("node");
    expect(notices[0]).toMatch(/^storage: the in-memory store/);
    expect(notices[1]).toMatch(/^app: under Node/);
    expect(notices[2]).toMatch(/^team: admin 900001; 900002 staff; 900101 deputy of deputy-fengming; 900102 deputy of room-shuangjiang$/);
  });

  it("serves the page, its config and the REST proxy", async () => {
    const page = await fetch(pg.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script type="module" src="/static/app.js">');
    const config = (await (await fetch(`${pg.url}pg/config`)).json()) as { panes: Array<{ id: string; personas: unknown[] }>; notices: { storageKind: string } };
    expect(config.panes.map((p) => p.id)).toEqual(["resident", "deputy", "staff"]);
    expect(config.notices.storageKind).toBe("memory");
    const proxied = await fetch(`${pg.url}pg/api/items`);
    expect(proxied.status).toBe(200);
    expect(await fetch(`${pg.url}pg/api/items`, { method: "POST" }).then((r) => r.status)).toBe(405);
    expect(await fetch(`${pg.url}static/..%2Fserver.ts`).then((r) => r.status)).toBe(404);
    // The app itself still wants the token.
    expect((await fetch(`${pg.appUrl}/api/v1/items`)).status).toBe(401);
  });

  it("plays the demo's whole tour: submit, /queue, /forward, accept, answer, rate", async () => {
    const lines: string[] = [];
    const { code } = await runTour(pg, (line) => lines.push(line));
    const transcript = lines.join("\n");
    expect(transcript).toContain(`/forward ${code}`);
    expect(transcript).toMatch(/提交成功/);
    expect(transcript).toMatch(/评了 5 分/);
    const item = await pg.api<{ status: string; rating: number; photos: number; contact: unknown }>(`/items/${code}`);
    expect(item.body).toMatchObject({ status: "closed", rating: 5, photos: 1 });
    // The deputy got the resident's photo, re-sent by file_id through the staff bot.
    const deputyPhotos = pg.emulator.chat("staff", 900101).messages.filter((m) => m.photo);
    expect(deputyPhotos.length).toBeGreaterThanOrEqual(1);
    expect(pg.emulator.file(deputyPhotos[0]!.photo!.at(-1)!.file_id)?.mime).toBe("image/svg+xml");

    // /export sends a CSV document; the page downloads it from the emulator.
    const exported = await pg.emulator.sendText("staff", { id: 900002, first_name: "刘", language_code: "zh-hans" }, "/export");
    const doc = exported.replies.find((m) => m.document)?.document;
    expect(doc?.file_name).toMatch(/\.csv$/);
    const file = await fetch(`${pg.url}pg/files/${doc!.file_id}`);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(await file.text()).toContain(code);
  }, 60_000);
});

describe("without redis-server on the PATH", () => {
  it("falls back to the in-memory store on its own and says so in one line", async () => {
    const saved = process.env.REDIS_SERVER_BIN;
    // findRedisServerBinary() honours REDIS_SERVER_BIN; a path that is not there means "none installed".
    process.env.REDIS_SERVER_BIN = "/nonexistent/redis-server";
    const lines: string[] = [];
    let other: Playground | undefined;
    try {
      other = await startPlayground({ runtime: "node", log: (line) => lines.push(line) });
      expect(other.storage.kind).toBe("memory");
      expect(lines[0]).toBe("storage: no redis-server on PATH, so the in-memory store behind the same Upstash REST endpoint (nothing is kept after exit)");
      const r = await other.emulator.sendText("resident", { id: 31001, first_name: "王", language_code: "zh-hans" }, "盘龙街道菜市场门口的路灯坏了");
      expect(r.delivery.ok).toBe(true);
      expect(r.replies.length).toBeGreaterThan(0);
    } finally {
      if (saved === undefined) delete process.env.REDIS_SERVER_BIN;
      else process.env.REDIS_SERVER_BIN = saved;
      await other?.stop();
    }
  }, 60_000);
});

describe("when workerd does not come up in time", () => {
  it("runs the app under Node instead and the notice says why", async () => {
    const lines: string[] = [];
    const other = await startPlayground({ storage: "memory", workerdTimeoutMs: 1, log: (line) => lines.push(line) });
    try {
      expect(other.runtime.kind).toBe("node");
      expect(lines[1]).toMatch(/^app: under Node, the same Hono app \(workerd did not come up: .+\)$/);
      expect((await fetch(`${other.appUrl}/healthz`)).status).toBe(200);
    } finally {
      await other.stop();
    }
  }, 60_000);
});
