/**
 * A person's name from Telegram's parts (first, last), in Telegram's own
 * order and written as people write it: no space between Han parts ("王芳"),
 * one elsewhere ("Ann Lee"). Shared by both adapters (contacts, members).
 */
export function personName(...parts: Array<string | undefined>): string {
  const given = parts.filter((p): p is string => !!p);
  return given.join(given.every((p) => /^[\p{Script=Han}·]+$/u.test(p)) ? "" : " ");
}
