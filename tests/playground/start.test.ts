/**
 * `npm start` itself, as a user runs it, with no network: inside a network
 * namespace that has only loopback (`unshare -n`, as root), the probe starts
 * `npm start`, waits for its one URL (60 s at most), and completes a
 * resident submission in headless chromium that must then be listed by
 * GET /api/v1/items. Where a namespace cannot be made, it runs without one
 * and says so.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** True when this process may create a network namespace with only loopback. */
function canIsolateNetwork(): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0 || !existsSync("/usr/bin/unshare")) return false;
  return spawnSync("unshare", ["-n", "sh", "-c", "ip link set lo up"], { timeout: 10_000 }).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

describe("npm start", () => {
  it("prints one URL within 60 s with no network, and a browser there submits an item the API then lists", async () => {
    const isolated = canIsolateNetwork();
    // Inside the namespace every port is free; outside, ask for one.
    const probe = `node_modules/.bin/tsx tests/playground/offline-probe.ts ${isolated ? 18787 : await freePort()}`;
    const command = isolated ? ["unshare", ["-n", "sh", "-c", `ip link set lo up && exec ${probe}`]] as const : ["sh", ["-c", probe]] as const;
    const run = spawnSync(command[0], [...command[1]], { cwd: root, encoding: "utf8", timeout: 150_000, env: { ...process.env, NO_COLOR: "1" } });
    const line = run.stdout.trim().split("\n").filter((l) => l.startsWith("{")).at(-1) ?? "{}";
    const result = JSON.parse(line) as { ok?: boolean; secondsToUrl?: number; urlsPrinted?: string[]; item?: { status: string; target: string } | null; notices?: string[]; error?: string };
    console.log(`npm start ${isolated ? "in a network namespace with only loopback" : "WITH network (no namespace possible here)"}: ${result.secondsToUrl ?? "?"} s to the URL; ${(result.notices ?? []).join(" | ")}`);
    expect(result.error, `${run.stdout}\n${run.stderr}`).toBeUndefined();
    expect(result.secondsToUrl).toBeLessThanOrEqual(60);
    expect(result.urlsPrinted).toHaveLength(1);
    expect(result.item).toMatchObject({ status: "new", target: "room-shuangjiang" });
    expect(result.ok).toBe(true);
  }, 160_000);
});
