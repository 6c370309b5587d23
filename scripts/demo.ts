/**
 * `npm run demo`: a scripted tour of one item's whole life, for machines
 * without a browser. It starts the same offline system as `npm start`, then
 * plays the people through the Telegram emulator — every step goes through
 * the real webhooks, bots and store — and prints the chats as a transcript:
 *
 *   1. a resident (zh-CN) reports a problem, attaches a photo and a pin, shares her contact, submits;
 *   2. staff look at /queue and /forward it;
 *   3. the target's deputy accepts and answers;
 *   4. the resident rates the answer; the item's history is read back from the REST API.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ChatMessage, EmulatorEvent, EmulatorUser, TelegramEmulator } from "../dev/telegram-emulator.js";
import { DEPUTIES, RESIDENTS, STAFF, YUNYANG_PIN, type Persona } from "../dev/playground/personas.js";
import { startPlayground, type Playground, type RuntimeChoice, type StorageChoice } from "../dev/playground/system.js";

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const style = (code: string) => (s: string) => (tty ? `\u001b[${code}m${s}\u001b[0m` : s);
const bold = style("1");
const dim = style("2");
const cyan = style("36");
const yellow = style("33");
const green = style("32");

const resident = RESIDENTS[0]!;
const deputy = DEPUTIES[0]!;
const staffer = STAFF.find((p) => p.role === "staff")!;
const people = new Map<number, Persona>([...RESIDENTS, ...DEPUTIES, ...STAFF].map((p) => [p.id, p]));
const nameOf = (id: number) => {
  const p = people.get(id);
  return p ? [p.first_name, p.last_name].filter(Boolean).join("") : String(id);
};
const userOf = ({ label: _l, role: _r, target: _t, ...user }: Persona): EmulatorUser => user;

/** Text with entities for a terminal: bold stays bold, code is cyan, links show their URL. */
function terminalText(m: ChatMessage): string {
  const text = m.text ?? m.caption ?? "";
  const entities = [...(m.text !== undefined ? (m.entities ?? []) : (m.caption_entities ?? []))].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of entities) {
    const inner = out.slice(e.offset, e.offset + e.length);
    const styled = e.type === "bold" ? bold(inner) : e.type === "code" || e.type === "pre" ? cyan(inner) : e.type === "text_link" ? `${inner} <${e.url}>` : inner;
    out = out.slice(0, e.offset) + styled + out.slice(e.offset + e.length);
  }
  return out;
}

/** Where the transcript goes (the tests pass their own). */
type Out = (line: string) => void;

function printMessage(out: Out, bot: string, chatId: number, m: ChatMessage): void {
  const botName = bot === "resident" ? "Resident bot" : "Staff bot";
  const who = m.side === "user" ? `${yellow(nameOf(chatId))} → ${botName}` : `${green(botName)} → ${nameOf(chatId)}`;
  const parts: string[] = [];
  if (m.photo) parts.push(dim("[photo]"));
  if (m.location) parts.push(dim(`[location ${m.location.latitude}, ${m.location.longitude}]`));
  if (m.contact) parts.push(dim(`[contact ${m.contact.first_name}${m.contact.last_name ?? ""} ${m.contact.phone_number}]`));
  if (m.document) parts.push(dim(`[document ${m.document.file_name}]`));
  const body = terminalText(m);
  if (body) parts.push(body);
  const indent = "      ";
  out(`  ${who}${m.edit_date ? dim(" (edited)") : ""}`);
  for (const line of parts.join("\n").split("\n")) out(`${indent}${line}`);
  for (const row of m.reply_markup?.inline_keyboard ?? []) out(`${indent}${row.map((b) => dim(`[ ${b.text} ]`)).join(" ")}`);
  if (m.keyboard && "keyboard" in m.keyboard) for (const row of m.keyboard.keyboard) out(`${indent}${row.map((b) => dim(`⌨ ${b.text}`)).join("  ")}`);
}

/** The newest message in a chat with a button whose callback data matches. */
function findButton(emulator: TelegramEmulator, bot: string, chatId: number, pattern: RegExp): { messageId: number; data: string; text: string } {
  const messages = emulator.chat(bot, chatId).messages;
  for (let i = messages.length - 1; i >= 0; i--) {
    for (const b of messages[i]!.reply_markup?.inline_keyboard.flat() ?? []) {
      if (b.callback_data && pattern.test(b.callback_data)) return { messageId: messages[i]!.message_id, data: b.callback_data, text: b.text };
    }
  }
  throw new Error(`no button matching ${pattern} in ${bot}:${chatId}`);
}

/**
 * Plays the tour on a running playground, writing the transcript to `out`;
 * resolves with the item's code once it is closed and rated.
 * @throws when any step does not go as a real user would expect.
 */
export async function runTour(pg: Playground, out: Out = console.log): Promise<{ code: string }> {
  const { emulator } = pg;
  const step = (title: string) => out(`\n${bold(`── ${title} `)}${"─".repeat(Math.max(4, 70 - title.length))}`);
  // Messages edited in place (the read-back becoming the confirmation, a deputy card moving on) print again when their text changes.
  const printed = new Map<string, string>();
  const unsubscribe = emulator.subscribe((e: EmulatorEvent) => {
    if (e.type === "message" || e.type === "edit") {
      const key = `${e.bot}:${e.chatId}:${e.message.message_id}`;
      if (printed.get(key) === (e.message.text ?? "")) return;
      printed.set(key, e.message.text ?? "");
      printMessage(out, e.bot, e.chatId, e.message);
    }
    if (e.type === "api_error") out(`  ⚠ Bot API refused ${e.method}: ${e.description}`);
    if (e.type === "delivery") out(`  ⚠ update ${e.delivery.update_id} not delivered: ${e.delivery.error}`);
  });
  try {
    return await tourSteps(pg, emulator, out, step);
  } finally {
    unsubscribe();
  }
}

async function tourSteps(pg: Playground, emulator: TelegramEmulator, out: Out, step: (title: string) => void): Promise<{ code: string }> {
  const ok = async (p: Promise<{ delivery: { ok: boolean; error?: string } }>) => {
    const r = await p;
    if (!r.delivery.ok) throw new Error(`update not delivered: ${r.delivery.error}`);
    return r;
  };
  const press = async (bot: string, who: Persona, pattern: RegExp) => {
    const b = findButton(emulator, bot, who.id, pattern);
    out(dim(`  (${nameOf(who.id)} presses “${b.text}”)`));
    return ok(emulator.pressButton(bot, userOf(who), b.messageId, b.data));
  };

  step(`1. ${nameOf(resident.id)} reports a problem to the resident bot (zh-CN)`);
  const me = userOf(resident);
  await ok(emulator.sendText("resident", me, "凤鸣镇到县城的公交车太少了，早上七点以后要等一个小时，希望增加班次。"));
  await ok(emulator.sendPhoto("resident", me));
  // Walk the questions the bot still has: location, contact; then the review card's submit button.
  for (let i = 0; i < 6; i++) {
    const chat = emulator.chat("resident", resident.id);
    if (chat.messages.at(-1)?.reply_markup?.inline_keyboard.flat().some((b) => b.callback_data?.startsWith("1s:"))) break;
    const buttons = chat.keyboard?.keyboard.flat() ?? [];
    const location = buttons.find((b) => b.request_location);
    const contact = buttons.find((b) => b.request_contact);
    if (location) await ok(emulator.pressKeyboardButton("resident", me, location.text, YUNYANG_PIN));
    else if (contact) await ok(emulator.pressKeyboardButton("resident", me, contact.text));
    else throw new Error("the intake stopped without a review card");
  }
  await press("resident", resident, /^1s:/);
  const code = /\b([A-Z0-9]{6})\b/.exec(emulator.chat("resident", resident.id).messages.at(-1)?.text ?? "")?.[1];
  if (!code) throw new Error("no item code in the confirmation");

  step(`2. Staff member ${nameOf(staffer.id)} looks at the queue and forwards ${code}`);
  const staff = userOf(staffer);
  await ok(emulator.sendText("staff", staff, "/queue"));
  await ok(emulator.sendText("staff", staff, `/forward ${code}`));

  step(`3. Deputy ${nameOf(deputy.id)} (${deputy.target}) accepts and answers`);
  await press("staff", deputy, new RegExp(`^1a:${code}:`));
  await press("staff", deputy, new RegExp(`^1n:${code}:`));
  await ok(emulator.sendText("staff", userOf(deputy), "已与县交通局沟通：下月起凤鸣镇至县城的公交早高峰改为每20分钟一班。感谢您的反映！"));

  step(`4. ${nameOf(resident.id)} rates the answer`);
  await press("resident", resident, new RegExp(`^1r:${code}:\\d+:5$`));

  step(`5. The item as the REST API tells it (GET /api/v1/items/${code})`);
  const { status, body } = await pg.api<{ status: string; target: string; rating: number | null; history: Array<{ at: string; by: string; action: string; to?: string }> }>(`/items/${code}`);
  if (status !== 200) throw new Error(`GET /items/${code} answered ${status}`);
  out(`  ${bold(code)}  status ${bold(body.status)} · target ${body.target} · rating ${body.rating ?? "—"}`);
  for (const h of body.history) out(`    ${dim(h.at)}  ${h.by.padEnd(8)} ${h.action}${h.to ? ` → ${h.to}` : ""}`);
  if (body.status !== "closed") throw new Error(`expected the item to be closed, it is ${body.status}`);
  return { code };
}

async function main(): Promise<void> {
  const storage = (process.env.PLAYGROUND_STORAGE as StorageChoice | undefined) || undefined;
  const runtime = (process.env.PLAYGROUND_RUNTIME as RuntimeChoice | undefined) || undefined;
  const pg = await startPlayground({ storage, runtime, log: (line) => console.log(dim(line)) });
  let failed = false;
  try {
    await runTour(pg);
    console.log(`\n${green("Done.")} The same system, with a browser: npm start`);
  } catch (error) {
    failed = true;
    console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pg.stop();
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
