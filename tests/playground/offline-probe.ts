/**
 * The claim, checked end to end (tests/playground/start.test.ts runs
 * this inside a network namespace with only loopback, i.e. no network):
 * `npm start` prints one URL within 60 s, and a headless chromium at that URL
 * completes a resident submission that then appears at GET /api/v1/items.
 *
 * Prints one JSON line with what it measured; exits 0 only if all held.
 * Usage: tsx tests/playground/offline-probe.ts [port]
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const port = Number(process.argv[2] ?? 0) || 18787;
const started = Date.now();
const result: Record<string, unknown> = { port };

const child = spawn("npm", ["start"], { cwd: root, env: { ...process.env, PORT: String(port), NO_COLOR: "1" }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
let output = "";
child.stdout.on("data", (b: Buffer) => (output += b.toString("utf8")));
child.stderr.on("data", (b: Buffer) => (output += b.toString("utf8")));
const stopChild = () => {
  // npm start and everything under it (tsx, node, redis-server, workerd) share the group.
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
};

async function probe(): Promise<void> {
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const urls = output.match(/https?:\/\/[^\s]+/g) ?? [];
      if (urls.length) {
        clearInterval(timer);
        result.urlsPrinted = urls;
        resolve(urls[0]!);
      } else if (Date.now() - started > 60_000 || child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`no URL within 60 s:\n${output}`));
      }
    }, 50);
  });
  result.secondsToUrl = (Date.now() - started) / 1000;
  result.url = url;
  result.notices = output.split("\n").filter((l) => /^(storage|app|team):/.test(l));

  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(url);
    await page.locator("body[data-ready=true]").waitFor();
    const resident = page.locator('[data-pane="resident"]');
    await resident.locator("textarea.input").fill("双江街道滨江路的路灯坏了一个星期，晚上很危险。");
    await resident.locator("textarea.input").press("Enter");
    // Skip the attachment, stay anonymous, submit: all by pressing buttons.
    await resident.locator('.reply-kb button[data-request=""]').click();
    await resident.locator('.reply-kb button[data-request="contact"]').waitFor();
    await resident.locator('.reply-kb button[data-request=""]').click();
    await resident.locator('button.ib[data-data^="1s:"]').click();
    const code = await resident.locator(".msg.bot", { hasText: "提交成功" }).locator(".text code").first().textContent();
    result.code = code;
    // GET /api/v1/items, through the page's proxy, which adds the API token.
    const items = (await (await fetch(`${url}pg/api/items`)).json()) as { items: Array<{ id: string; status: string; target: string }> };
    result.item = items.items.find((i) => i.id === code) ?? null;
  } finally {
    await browser.close();
  }
}

probe()
  .then(() => {
    const ok = (result.secondsToUrl as number) <= 60 && (result.urlsPrinted as string[]).length === 1 && !!result.item;
    console.log(JSON.stringify({ ok, ...result }));
    stopChild();
    process.exitCode = ok ? 0 : 1;
  })
  .catch((e: unknown) => {
    console.log(JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e), ...result, output: output.slice(-3000) }));
    stopChild();
    process.exitCode = 1;
  });
