/**
 * Telegram-side helpers for bench, load and budget runs: update builders,
 * a per-chat index over what the fake Bot API recorded, and a resident
 * driver that walks the intake by the reply markup the bot actually sent
 * (the way a person taps through it).
 */
import type { FakeTelegram, RecordedCall } from "../dev/fake-telegram.js";

/** A Telegram user as updates carry it. */
export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

let nextUpdateId = 5_000_000 + Math.floor(Math.random() * 1_000_000);
/** A fresh update id (unique within this process). */
export const newUpdateId = () => nextUpdateId++;

/** A private-chat text message (a command gets its bot_command entity). */
export function textUpdate(from: Person, text: string, updateId = newUpdateId()) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name },
      from: { is_bot: false, ...from },
      text,
      ...(text.startsWith("/") && { entities: [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] }),
    },
  };
}

/** A button press on a message the bot sent. */
export function callbackUpdate(from: Person, data: string, updateId = newUpdateId()) {
  return {
    update_id: updateId,
    callback_query: {
      id: String(updateId),
      from: { is_bot: false, ...from },
      chat_instance: "ci",
      data,
      message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: from.id, type: "private" }, text: "…" },
    },
  };
}

type Markup = { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> };
const markupOf = (c: RecordedCall) => (c.params.reply_markup ?? {}) as Markup;
/** Every inline button in these calls. */
export const inlineButtons = (calls: RecordedCall[]) => calls.flatMap((c) => markupOf(c).inline_keyboard?.flat() ?? []);
/** The last reply keyboard in these calls. */
export const replyKeyboard = (calls: RecordedCall[]) => calls.map(markupOf).filter((m) => m.keyboard).at(-1)?.keyboard;
/** Text (or caption) of each call, joined. */
export const textOf = (calls: RecordedCall[]) => calls.map((c) => String(c.params.text ?? c.params.caption ?? "")).join("\n---\n");

/**
 * Groups the fake's recorded calls by token and chat, incrementally (the
 * fake keeps one flat array; scanning it per step would be quadratic).
 */
export class CallIndex {
  private cursor = 0;
  private readonly byChat = new Map<string, RecordedCall[]>();
  constructor(private readonly telegram: FakeTelegram) {}

  private sync(): void {
    const calls = this.telegram.calls;
    if (calls.length < this.cursor) {
      this.cursor = 0; // the fake was reset
      this.byChat.clear();
    }
    for (; this.cursor < calls.length; this.cursor++) {
      const c = calls[this.cursor]!;
      const key = `${c.token}/${Number(c.params.chat_id)}`;
      let list = this.byChat.get(key);
      if (!list) this.byChat.set(key, (list = []));
      list.push(c);
    }
  }

  /** All calls made with `token` to `chatId` so far. */
  of(token: string, chatId: number): RecordedCall[] {
    this.sync();
    return this.byChat.get(`${token}/${chatId}`) ?? [];
  }
}

/** Posts one update to a webhook; resolves with the HTTP status. */
export type Post = (bot: "resident" | "staff", update: unknown) => Promise<number>;

/** Options of {@link runIntake}. */
export interface IntakeOptions {
  post: Post;
  index: CallIndex;
  token: string;
  /** Called with each update before it is sent; may post it again (redelivery). */
  deliver?: (bot: "resident" | "staff", update: unknown) => Promise<number>;
}

/** What one resident's walk through the intake produced. */
export interface IntakeResult {
  code: string | null;
  /** HTTP statuses of every delivery (first deliveries and redeliveries alike). */
  steps: number;
  transcript: RecordedCall[];
}

/**
 * One resident from first text to submitted item: the text, then the
 * reply-keyboard's second button (skip the attachment, stay anonymous), or
 * an inline choice when the bot asks one, until the review card offers
 * submit; then submit. Reads only what the bot sent to this chat.
 */
export async function runIntake(person: Person, text: string, opts: IntakeOptions): Promise<IntakeResult> {
  const deliver = opts.deliver ?? opts.post;
  const mine = () => opts.index.of(opts.token, person.id).filter((c) => c.method !== "answerCallbackQuery");
  const step = async (update: unknown): Promise<ReturnType<typeof mine>> => {
    const before = mine().length;
    const status = await deliver("resident", update);
    if (status !== 200) throw new Error(`resident ${person.id}: webhook answered ${status}`);
    return mine().slice(before);
  };
  let calls = await step(textUpdate(person, text));
  let steps = 1;
  for (; steps < 8; steps++) {
    const submit = inlineButtons(calls).find((b) => b.callback_data.startsWith("1s:"));
    if (submit) {
      calls = await step(callbackUpdate(person, submit.callback_data));
      steps++;
      break;
    }
    const keyboard = replyKeyboard(calls);
    const choice = inlineButtons(calls)[0];
    if (keyboard?.[1]?.[0]) calls = await step(textUpdate(person, keyboard[1][0].text));
    else if (choice) calls = await step(callbackUpdate(person, choice.callback_data));
    else throw new Error(`resident ${person.id}: intake stuck after ${steps} steps: ${textOf(calls)}`);
  }
  const code = /<code>([A-Z0-9]{6})<\/code>/.exec(textOf(calls))?.[1] ?? null;
  return { code, steps, transcript: mine() };
}

/** Intake texts with a clear place and topic (zh-CN, zh-TW, en), so the flow is text → skip → anonymous → submit. */
export const INTAKE_TEXTS: Array<{ text: string; language_code: string }> = [
  { text: "凤鸣镇到县城的公交车太少了，希望增加班次。", language_code: "zh-hans" },
  { text: "雙江街道濱江路的路燈壞了一個星期，晚上很危險。", language_code: "zh-hant" },
  { text: "The street lights on Binjiang Road in Shuangjiang have been broken for a week.", language_code: "en" },
  { text: "青龙街道北部新区的停车场收费太乱了", language_code: "zh-hans" },
  { text: "人和街道的垃圾站太臭了，夏天苍蝇很多", language_code: "zh-hans" },
  { text: "盘龙街道菜市场门口的路灯坏了", language_code: "zh-hans" },
];
