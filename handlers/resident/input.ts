/** What a resident did, stripped of Telegram. */
export type ResidentInput =
  | { type: "command"; command: string; args: string }
  | { type: "text"; text: string }
  | { type: "photo"; fileId: string; caption?: string }
  | { type: "location"; latitude: number; longitude: number }
  | { type: "contact"; phone: string; name: string; ownContact: boolean }
  | { type: "button"; action: string; /** The message that carried the button (its keyboard is removed once used). */ messageId?: number }
  | { type: "unsupported"; kind: string };

/** One resident update as the domain sees it. */
export interface ResidentEnvelope {
  updateId: number;
  chatId: number;
  user: { id: number; languageCode?: string; firstName?: string };
  input: ResidentInput;
}
