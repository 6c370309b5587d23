/**
 * What the domain says back: message keys + arguments + actions, never
 * Telegram markup. Adapters render keys with the locale files and actions as
 * inline or reply keyboards.
 */

/** Arguments of a message key; strings are escaped when rendered. */
export type ReplyArgs = Record<string, string | number | null | undefined>;

/** A button under a message: pressing it sends `action` back as a button input. */
export interface ActionButton {
  key: string;
  args?: ReplyArgs;
  action: string;
}

/** A one-off keyboard replacing the resident's keyboard (Telegram reply keyboard). */
export type RequestKeyboard = { kind: "contact" | "location"; key: string; cancelKey: string };

/** A list of messages rendered in the reader's language and joined, then placed into the parent message as one argument. */
export interface ReplyPart {
  items: Array<{ key: string; args?: ReplyArgs }>;
  separator?: string;
}

/** One message to send. */
export interface Reply {
  key: string;
  args?: ReplyArgs;
  /** Arguments that are themselves localized messages (e.g. the route's reasons). */
  parts?: Record<string, ReplyPart>;
  /** Further lines under the first (e.g. one per item in a list), each rendered from its own key. */
  lines?: Array<{ key: string; args?: ReplyArgs }>;
  /** Rows of inline buttons. */
  buttons?: ActionButton[][];
  /** A reply keyboard asking for the contact or a location pin. */
  request?: RequestKeyboard;
  /** Removes a reply keyboard shown earlier. */
  removeKeyboard?: boolean;
  /** A photo (Telegram file id) to send with the message as caption. */
  photo?: string;
  /** A location pin to send after the message. */
  location?: { latitude: number; longitude: number };
  /**
   * Shown in place of the message whose button was pressed (its text and
   * keyboard replaced), e.g. the deputy card as the item moves; sent as a new
   * message when there is none or it can no longer be edited.
   */
  edit?: boolean;
  /**
   * The recipient's own command menu, set with the message (Telegram
   * setMyCommands scoped to their chat): the commands their roles may run,
   * each described by its message key; empty = back to the bot's default menu.
   */
  menu?: Array<{ command: string; key: string }>;
  /** A document to send with the message as caption (e.g. a CSV export). */
  document?: { filename: string; content: string; mime: string };
}

/** Builds a reply. */
export const reply = (key: string, args?: ReplyArgs, extra: Omit<Reply, "key" | "args"> = {}): Reply => ({ key, args, ...extra });

/** Where a cut may fall: after a sentence or clause mark, or at a space. */
const BOUNDARY = /[\s，。,.;；!！?？、:：)）]/u;

/**
 * Cuts raw text (before escaping) to `max` characters, marking the cut: at
 * the last word or clause boundary in the final 40% when there is one (so
 * English is never cut mid-word), else at `max` (Chinese has no spaces);
 * never inside a surrogate pair.
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  for (let i = max - 2; i >= Math.floor(max * 0.6); i--) {
    if (BOUNDARY.test(text[i]!)) {
      end = i + (/[\s]/.test(text[i]!) ? 0 : 1);
      break;
    }
  }
  if (/[\ud800-\udbff]/.test(text[end - 1] ?? "")) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
