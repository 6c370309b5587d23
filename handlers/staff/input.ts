import type { StaffButton } from "./callback.js";

/** What a staff member or deputy did, stripped of Telegram. */
export type StaffInput =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  /** An inline button, unpacked by the staff codec (null: not one of ours, or of an older version); `messageId` is the message that carried it (a card edited in place). */
  | { type: "button"; button: StaffButton | null; messageId?: number }
  | { type: "other" };

/** One staff-bot update as the domain sees it. */
export interface StaffEnvelope {
  updateId: number;
  chatId: number;
  user: { id: number; languageCode?: string; firstName?: string; username?: string };
  input: StaffInput;
}
