/**
 * Reading what the fake Bot API recorded, for the end-to-end tests: the
 * calls one webhook update caused, those to one chat of one bot, their text
 * and their inline buttons.
 */
import { expect } from "vitest";
import type { RecordedCall } from "../../dev/fake-telegram.js";
import type { NodeStack } from "./stack.js";

/** An inline or reply keyboard as a call carries it. */
export type Markup = { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>>; keyboard?: Array<Array<{ text: string }>> };

/** A call's keyboard (none: empty). */
export const markup = (call: RecordedCall | undefined) => (call?.params.reply_markup ?? {}) as Markup;
/** The calls' texts (or captions), in order. */
export const textOf = (calls: RecordedCall[]) => calls.map((c) => String(c.params.text ?? c.params.caption ?? "")).join("\n---\n");
/** Every inline button of the calls, in order. */
export const buttons = (calls: RecordedCall[]) => calls.flatMap((c) => markup(c).inline_keyboard?.flat() ?? []);
/** The calls of one bot (its token) to one chat; callback answers have no chat and never match. */
export const to = (calls: RecordedCall[], token: string, chatId: number) => calls.filter((c) => c.token === token && Number(c.params.chat_id) === chatId);

/** Posts updates to the stack's webhooks (expecting 200) and returns every Bot API call each one caused, in order. */
export function poster(stack: () => NodeStack) {
  return async (bot: "resident" | "staff", update: unknown): Promise<RecordedCall[]> => {
    const s = stack();
    const before = s.telegram.calls.length;
    const res = await s.post(bot, update);
    expect(res.status).toBe(200);
    return s.telegram.calls.slice(before);
  };
}
