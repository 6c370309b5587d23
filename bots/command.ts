/**
 * Reads a Telegram command ("/status@my_bot K7M3QX") into its lower-case
 * name (the @botname dropped) and its trimmed arguments; null for plain text.
 * Shared by both adapters, which otherwise never import each other.
 */
export function parseCommandText(text: string): { command: string; args: string } | null {
  const m = /^\/([a-zA-Z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+([\s\S]*))?$/.exec(text.trim());
  return m ? { command: m[1]!.toLowerCase(), args: (m[2] ?? "").trim() } : null;
}
