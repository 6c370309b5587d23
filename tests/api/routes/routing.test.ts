import { describe, expect, it } from "vitest";
import { createRoutingRoutes } from "../../../api/routes/routing.js";
import { loadDefaultDirectory } from "../../../handlers/directory/default.js";
import { createRouter } from "../../../handlers/routing/router.js";

const directory = loadDefaultDirectory();
const router = createRouter(directory);
const app = createRoutingRoutes({ directory, routeText: async (text) => router.route(text) });

const post = (body: string, type = "application/json") =>
  app.request("/route", { method: "POST", headers: { "content-type": type }, body });

describe("routing routes", () => {
  it("GET /directory answers the directory", async () => {
    const res = await app.request("/directory");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as typeof directory;
    expect(body.places.map((p) => p.id)).toEqual(directory.places.map((p) => p.id));
    expect(body.rules).toEqual(directory.rules);
  });

  it("POST /route answers category, place, target, confidence and reasons", async () => {
    const res = await post(JSON.stringify({ text: "北部新区的商铺办营业执照太慢了" }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["category", "confidence", "place", "reasons", "target"]);
    expect(body).toMatchObject({ category: "business-jobs", place: "qinglong", target: "member-north-commerce" });
    expect(body.reasons).toContainEqual(expect.objectContaining({ kind: "rule", rule: 4 }));
  });

  it("answers target null when undecided", async () => {
    const res = await post(JSON.stringify({ text: "路灯坏了" }));
    expect(await res.json()).toMatchObject({ category: "public-facilities", place: "unknown", target: null });
    const chat = await post(JSON.stringify({ text: "你好" }));
    expect(await chat.json()).toMatchObject({ category: null, place: "unknown", target: null });
  });

  it.each([
    ["not JSON", "{text:", "body"],
    ["no text", JSON.stringify({}), "text"],
    ["text not a string", JSON.stringify({ text: 42 }), "text"],
    ["empty text", JSON.stringify({ text: "   " }), "text"],
    ["huge text", JSON.stringify({ text: "路".repeat(9000) }), "text"],
    ["not an object", JSON.stringify(["路灯坏了"]), "body"],
  ])("400 naming the field: %s", async (_name, body, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: string; field: string; message: string };
    expect(json.field).toBe(field);
    expect(json.error).toMatch(/^invalid_/);
    expect(json.message.length).toBeGreaterThan(0);
  });

  it("uses whatever routeText decides (router or router + model)", async () => {
    const fixed = createRoutingRoutes({
      directory,
      routeText: async () => ({ category: "health", place: "unknown", target: "member-medical", confidence: 0.6, reasons: [{ kind: "model", detail: "fixed answer" }], isSuggestion: true, summary: "x" }),
    });
    const res = await fixed.request("/route", { method: "POST", body: JSON.stringify({ text: "x" }), headers: { "content-type": "application/json" } });
    expect(await res.json()).toEqual({ category: "health", place: "unknown", target: "member-medical", confidence: 0.6, reasons: [{ kind: "model", detail: "fixed answer" }] });
  });
});
