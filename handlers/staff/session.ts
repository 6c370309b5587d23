import * as z from "zod";

/** How long a deputy's "your next message is the question/answer" mode lasts. */
export const STAFF_SESSION_TTL_SECONDS = 24 * 3600;

/** What a staff member's or deputy's next text message is: a question to the resident, an answer, why they return the item, why staff reject it. */
export const PendingKindSchema = z.enum(["ask", "answer", "return", "reject"]);
export type PendingKind = z.infer<typeof PendingKindSchema>;

/** A staff-bot user's short-lived state: what their next text message means. */
export const StaffSessionSchema = z.object({
  pending: z
    .object({
      kind: PendingKindSchema,
      code: z.string(),
      at: z.number().int(),
      /** The card whose button began it (edited when the action completes). */
      messageId: z.number().int().optional(),
    })
    .nullable()
    .default(null),
});
export type StaffSession = z.infer<typeof StaffSessionSchema>;

/** The empty session. */
export const EMPTY_SESSION: StaffSession = { pending: null };

/** Reads a stored session; anything unreadable is the empty session. */
export function parseStaffSession(value: unknown): StaffSession {
  const parsed = StaffSessionSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : EMPTY_SESSION;
}
