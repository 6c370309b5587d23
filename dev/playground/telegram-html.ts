/**
 * Telegram's `parse_mode: "HTML"`, the way the Bot API applies it: the
 * markup becomes plain text plus entities (offsets in UTF-16 code units), and
 * anything Telegram would refuse is refused with its "can't parse entities"
 * error, so the emulator catches what real Telegram would catch.
 *
 * Supported, as documented at https://core.telegram.org/bots/api#html-style:
 * b/strong, i/em, u/ins, s/strike/del, span class="tg-spoiler", tg-spoiler,
 * a href, tg-emoji, code, pre (with an inner code class="language-…"),
 * blockquote [expandable]; the entities &lt; &gt; &amp; &quot; and numeric ones.
 */

/** A Telegram MessageEntity (the subset HTML can produce, plus bot_command for user messages). */
export interface MessageEntity {
  type: "bold" | "italic" | "underline" | "strikethrough" | "spoiler" | "text_link" | "code" | "pre" | "blockquote" | "expandable_blockquote" | "custom_emoji" | "bot_command";
  offset: number;
  length: number;
  url?: string;
  language?: string;
  custom_emoji_id?: string;
}

/** What Telegram would answer 400 with: "Bad Request: can't parse entities: …". */
export class EntityParseError extends Error {
  override name = "EntityParseError";
}

const SIMPLE: Record<string, MessageEntity["type"]> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline",
  s: "strikethrough", strike: "strikethrough", del: "strikethrough", "tg-spoiler": "spoiler", code: "code", pre: "pre",
};

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

interface Open {
  tag: string;
  start: number;
  entity: Omit<MessageEntity, "offset" | "length"> | null;
}

/** UTF-8 byte offset of a UTF-16 index, as Telegram reports positions. */
const byteOffset = (html: string, index: number) => Buffer.byteLength(html.slice(0, index), "utf8");

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

function parseAttributes(html: string, source: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /\s*([a-zA-Z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/y;
  let pos = 0;
  while (pos < source.length) {
    re.lastIndex = pos;
    const m = re.exec(source);
    if (!m || m[0].length === 0) {
      if (source.slice(pos).trim() === "" || source.slice(pos).trim() === "/") break;
      throw new EntityParseError(`Can't parse entities: unexpected character in a tag at byte offset ${byteOffset(html, at)}`);
    }
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
    pos = re.lastIndex;
  }
  return attrs;
}

/**
 * Parses Telegram HTML into text and entities.
 * @throws {EntityParseError} with Telegram's wording for unsupported or unbalanced tags.
 */
export function parseTelegramHtml(html: string): { text: string; entities: MessageEntity[] } {
  let text = "";
  const entities: MessageEntity[] = [];
  const stack: Open[] = [];
  let i = 0;
  while (i < html.length) {
    const c = html[i]!;
    if (c === "&") {
      const m = /^&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/i.exec(html.slice(i, i + 16));
      if (m) {
        text += decodeEntities(m[0]);
        i += m[0].length;
        continue;
      }
      text += c;
      i++;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }
    const end = html.indexOf(">", i);
    if (end < 0) throw new EntityParseError(`Can't find end of the entity starting at byte offset ${byteOffset(html, i)}`);
    const inner = html.slice(i + 1, end);
    const closing = inner.startsWith("/");
    const nameMatch = /^\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(inner);
    if (!nameMatch) throw new EntityParseError(`Unsupported start tag "${inner.slice(0, 20)}" at byte offset ${byteOffset(html, i)}`);
    const tag = nameMatch[1]!.toLowerCase();
    if (closing) {
      const open = stack.pop();
      if (!open || open.tag !== tag) throw new EntityParseError(`Can't find end tag corresponding to start tag "${open?.tag ?? tag}"`);
      if (open.entity && text.length > open.start) entities.push({ ...open.entity, offset: open.start, length: text.length - open.start });
      i = end + 1;
      continue;
    }
    const attrs = parseAttributes(html, inner.slice(nameMatch[0].length), i);
    let entity: Open["entity"];
    if (tag === "a") {
      const href = attrs.href ?? "";
      entity = href ? { type: "text_link", url: href } : null;
    } else if (tag === "span") {
      if (attrs.class !== "tg-spoiler") throw new EntityParseError(`Unsupported start tag "span" at byte offset ${byteOffset(html, i)}`);
      entity = { type: "spoiler" };
    } else if (tag === "blockquote") {
      entity = { type: "expandable" in attrs ? "expandable_blockquote" : "blockquote" };
    } else if (tag === "tg-emoji") {
      entity = { type: "custom_emoji", custom_emoji_id: attrs["emoji-id"] ?? "" };
    } else if (tag === "code" && stack.at(-1)?.tag === "pre" && attrs.class?.startsWith("language-")) {
      // <pre><code class="language-x"> is one pre entity with a language.
      const pre = stack.at(-1)!;
      if (pre.entity) pre.entity = { ...pre.entity, language: attrs.class.slice("language-".length) };
      entity = null;
    } else if (SIMPLE[tag]) {
      entity = { type: SIMPLE[tag]! };
    } else {
      throw new EntityParseError(`Unsupported start tag "${tag}" at byte offset ${byteOffset(html, i)}`);
    }
    stack.push({ tag, start: text.length, entity });
    i = end + 1;
  }
  if (stack.length) throw new EntityParseError(`Can't find end tag corresponding to start tag "${stack.at(-1)!.tag}"`);
  // Telegram lists entities by offset, outer before inner.
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}
