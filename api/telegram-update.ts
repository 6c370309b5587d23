import * as z from "zod";

/**
 * The fields of a Telegram update our adapters read, with their types.
 * Telegram sends these well-typed; a body that claims to be an update but
 * carries, say, a number as `first_name` or an object as callback `data`
 * is malformed (400), not a crash (the fuzz tests found such 500s).
 * Everything else passes through untouched (loose objects).
 */
const User = z.object({ id: z.int(), is_bot: z.boolean(), first_name: z.string(), last_name: z.string().optional(), username: z.string().optional(), language_code: z.string().optional() }).loose();
const Chat = z.object({ id: z.int(), type: z.string() }).loose();
const Message = z
  .object({
    message_id: z.int(),
    chat: Chat,
    from: User.optional(),
    text: z.string().optional(),
    caption: z.string().optional(),
    photo: z.array(z.object({ file_id: z.string() }).loose()).optional(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).loose().optional(),
    contact: z.object({ phone_number: z.string(), first_name: z.string(), last_name: z.string().optional(), user_id: z.int().optional() }).loose().optional(),
  })
  .loose();
const CallbackQuery = z.object({ id: z.string(), from: User, data: z.string().optional(), message: z.object({ chat: Chat }).loose().optional() }).loose();

/** A Telegram update as far as the bots look into it; exactly one update object besides `update_id`. */
export const TelegramUpdate = z
  .object({
    update_id: z.int().nonnegative(),
    message: Message.optional(),
    edited_message: Message.optional(),
    channel_post: Message.optional(),
    callback_query: CallbackQuery.optional(),
  })
  .loose()
  .refine((u) => Object.entries(u).some(([k, v]) => k !== "update_id" && typeof v === "object" && v !== null && !Array.isArray(v)), "no update object");
