import type { ResidentButton } from "./callback.js";
import type { KeyboardKey } from "./prompts.js";

/** What a resident did, stripped of Telegram. */
export type ResidentInput =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  | { type: "photo"; fileId: string; caption?: string }
  | { type: "location"; latitude: number; longitude: number }
  | { type: "contact"; phone: string; name: string; ownContact: boolean }
  /**
   * An inline button, unpacked by the resident codec (null: not one of ours,
   * or of an older version: answered as stale). `messageId` is the message that
   * carried it (its keyboard is removed once used).
   */
  | { type: "button"; button: ResidentButton | null; messageId?: number }
  /** One of our reply-keyboard buttons, recognised by its text. */
  | { type: "keyboard"; key: KeyboardKey }
  | { type: "unsupported"; kind: string };

/** One resident update as the domain sees it. */
export interface ResidentEnvelope {
  updateId: number;
  chatId: number;
  user: { id: number; languageCode?: string; firstName?: string };
  input: ResidentInput;
}
