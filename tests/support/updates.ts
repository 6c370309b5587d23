/** Builders for realistic Telegram updates. */
let nextUpdateId = 1_000 + Math.floor(Math.random() * 1_000_000);

export interface Person {
  id: number;
  first_name: string;
  language_code?: string;
}

/** A private-chat text message (commands get their bot_command entity). */
export function textUpdate(from: Person, text: string, updateId = nextUpdateId++) {
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
export function callbackUpdate(from: Person, data: string, updateId = nextUpdateId++) {
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

/** A message of another kind (photo, sticker, contact, location…), given its body fields. */
export function messageUpdate(from: Person, fields: Record<string, unknown>, updateId = nextUpdateId++) {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: from.id, type: "private" }, from: { is_bot: false, ...from }, ...fields },
  };
}
