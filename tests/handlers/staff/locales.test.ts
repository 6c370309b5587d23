import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../handlers/locale.js";
import { STAFF_COMMANDS } from "../../../handlers/staff/commands.js";
import { createTranslator } from "../../../locales/index.js";

const dir = new URL("../../../handlers/staff/", import.meta.url).pathname;
const sources = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => readFileSync(join(dir, f), "utf8"));
const itemActions = readFileSync(new URL("../../../handlers/resident/item-actions.ts", import.meta.url), "utf8");

describe("every message key the staff side uses exists in every locale", () => {
  const t = createTranslator();
  const keys = new Set<string>();
  for (const src of [...sources, itemActions]) {
    for (const m of src.matchAll(/(?:reply|refuse|simpleStaffNotices\([^,]+,)\s*\(?\s*"([a-z][a-z0-9-]+)"/g)) keys.add(m[1]!);
    for (const m of src.matchAll(/key: "([a-z][a-z0-9-]+)"/g)) keys.add(m[1]!);
    for (const m of src.matchAll(/\? "([a-z]+-[a-z0-9-]+)" : "([a-z]+-[a-z0-9-]+)"/g)) keys.add(m[1]!).add(m[2]!);
    for (const m of src.matchAll(/"(deputy-[a-z]+-prompt)"/g)) keys.add(m[1]!);
    for (const m of src.matchAll(/noticesToDeputies\([^)]*"([a-z][a-z0-9-]+)"/g)) keys.add(m[1]!);
  }
  for (const c of STAFF_COMMANDS) keys.add(`help-${c}`);
  for (const r of ["admin", "staff", "deputy", "none"]) keys.add(`role-${r}`);

  it("found the keys", () => {
    expect(keys.size).toBeGreaterThan(80);
    for (const k of ["deputy-resident-replied", "deputy-item-rated", "deputy-item-reopened", "button-show", "notice-answered", "deputy-ask-prompt", "deputy-return-prompt", "deputy-reject-prompt", "staff-item-returned"]) expect(keys).toContain(k);
  });

  it.each([...LOCALES])("%s", (locale) => {
    expect([...keys].filter((k) => !t.has(locale, k))).toEqual([]);
  });
});
