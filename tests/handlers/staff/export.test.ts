import { describe, expect, it } from "vitest";
import { itemStats } from "../../../handlers/items/stats.js";
import { transition } from "../../../handlers/items/status.js";
import { itemsCsv } from "../../../handlers/staff/export.js";
import { statsView } from "../../../handlers/staff/views.js";
import { createTranslator } from "../../../locales/index.js";
import { makeItem } from "../../support/items.js";
import { dir } from "./support.js";

describe("/export's CSV", () => {
  it("is the API's format: BOM, header, CRLF rows, RFC 4180 quoting, formulas kept as text", () => {
    const item = makeItem({ id: "CAAAAA", summary: '=HYPERLINK("x")', text: '路灯坏了, "急"\n第二行', residentId: 424242, residentChatId: 424242 });
    const csv = itemsCsv([item]);
    expect(csv.startsWith("\uFEFFid,status,created_at,")).toBe(true);
    const rows = csv.slice(1).split("\r\n");
    expect(rows).toHaveLength(3);
    expect(rows[2]).toBe("");
    expect(rows[1]).toContain(`CAAAAA,new,`);
    expect(rows[1]).toContain(`"'=HYPERLINK(""x"")","路灯坏了, ""急""\n第二行"`);
    expect(csv).not.toContain("424242");
  });

  it("carries a contact only with the resident's consent", () => {
    const contact = { name: "王", phone: "13800000000" };
    expect(itemsCsv([makeItem({ contact, contactConsent: false })])).not.toContain("13800000000");
    expect(itemsCsv([makeItem({ contact, contactConsent: true })])).toContain("13800000000");
  });
});

describe("/stats", () => {
  it("renders counts, medians from submission and the mean rating in each language", () => {
    const H = 3600_000;
    const flow = (forwardAfter: number, rating: number | null) => {
      let i = makeItem({ createdAt: 0, category: "utilities", history: [{ at: 0, by: { role: "resident" }, action: "submitted", to: "new" }] });
      i = transition(i, "forwarded", { role: "staff" }, forwardAfter, "f");
      i = transition(i, "accepted", { role: "deputy" }, forwardAfter + H, "a");
      i = transition(i, "answered", { role: "deputy" }, forwardAfter + 2 * H, "n");
      return rating === null ? i : { ...transition(i, "closed", { role: "resident" }, forwardAfter + 3 * H, "r"), rating };
    };
    const stats = itemStats([flow(H, 5), flow(3 * H, 4), flow(5 * H, null), makeItem({ target: null })]);
    const t = createTranslator();
    const render = (locale: "en" | "zh-CN") => {
      const r = statsView(stats, dir, locale);
      return [t.t(locale, r.key, r.args), ...(r.lines ?? []).map((l) => t.t(locale, l.key, l.args))].join("\n");
    };
    const en = render("en");
    expect(en).toMatch(/\(4 items\)/);
    expect(en).toMatch(/submission to forwarding: 3 h/);
    expect(en).toMatch(/submission to answer: 5 h/);
    expect(en).toMatch(/Mean rating: 4\.5 of 5 \(2 rated\)/);
    expect(en).toMatch(/• closed: 2/);
    expect(en).toMatch(/• no target: 1/);
    const zh = render("zh-CN");
    expect(zh).toMatch(/凤鸣镇人大代表之家：3/);
    expect(zh).toMatch(/水电气讯：3/);
    expect(render("en")).not.toContain("undefined");
  });
});
