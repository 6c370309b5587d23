/** What a staff member or deputy did, stripped of Telegram. */
export type StaffInput =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  | { type: "button"; action: string; /** The message that carried the button (a card edited in place). */ messageId?: number }
  | { type: "other" };

/** One staff-bot update as the domain sees it. */
export interface StaffEnvelope {
  updateId: number;
  chatId: number;
  user: { id: number; languageCode?: string; firstName?: string; username?: string };
  input: StaffInput;
}
