/**
 * The playground and the emulator are development tools: the Worker bundle
 * (api/, bots/, handlers/) must not import anything from dev/ or scripts/.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });

describe("the Worker bundle stays free of development tools", () => {
  it("nothing under api/, bots/ or handlers/ imports dev/ or scripts/", () => {
    const offenders = ["api", "bots", "handlers"].flatMap(files).flatMap((f) =>
      [...readFileSync(join(root, f), "utf8").matchAll(/(?:from\s+|import\()\s*["']([^"']+)["']/g)]
        .map((m) => m[1]!)
        .filter((spec) => /(^|\/)(dev|scripts)\//.test(spec))
        .map((spec) => `${f} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
