/** Builders for realistic Telegram updates (shared with the bench and load tools in bench/telegram.ts). */
import { newUpdateId, type Person } from "../../bench/telegram.js";

export { callbackUpdate, newUpdateId, textUpdate, type Person } from "../../bench/telegram.js";

/** A message of another kind (photo, sticker, contact, location…), given its body fields. */
export function messageUpdate(from: Person, fields: Record<string, unknown>, updateId = newUpdateId()) {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: from.id, type: "private" }, from: { is_bot: false, ...from }, ...fields },
  };
}
