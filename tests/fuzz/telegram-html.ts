/**
 * A strict validator for what we send with `parse_mode: "HTML"`: only the
 * tags b, i, u, s, code, pre, a (with href), tg-spoiler and blockquote
 * (optionally `expandable`), properly nested and closed; no raw `<` or `>`
 * outside tags; every `&` starts one of Telegram's entities (&lt; &gt; &amp;
 * &quot; or a numeric one). Stricter than Telegram (which also accepts
 * synonyms such as strong/em), so our output stays in the documented core.
 */

const ALLOWED = new Set(["b", "i", "u", "s", "code", "pre", "a", "tg-spoiler", "blockquote"]);
const ENTITY = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** Problems found in `html` (empty when it is valid). */
export function telegramHtmlProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "&") {
      const m = ENTITY.exec(html.slice(i, i + 12));
      if (!m) problems.push(`raw "&" at ${i}: ${JSON.stringify(html.slice(i, i + 12))}`);
      i += m ? m[0].length : 1;
      continue;
    }
    if (ch === ">") {
      problems.push(`raw ">" at ${i}`);
      i++;
      continue;
    }
    if (ch !== "<") {
      i++;
      continue;
    }
    const end = html.indexOf(">", i);
    const tag = end < 0 ? null : /^<(\/?)([a-z-]+)((?:\s+[a-z-]+(?:="[^"<>]*")?)*)\s*>$/i.exec(html.slice(i, end + 1));
    if (!tag) {
      problems.push(`raw "<" at ${i}: ${JSON.stringify(html.slice(i, i + 20))}`);
      i++;
      continue;
    }
    const [, closing, rawName, attrs] = tag as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (!ALLOWED.has(name)) problems.push(`tag <${closing}${name}> is not allowed`);
    if (closing) {
      if (attrs.trim()) problems.push(`closing tag </${name}> has attributes`);
      const top = open.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? "nothing"}>`);
    } else {
      const names = [...attrs.matchAll(/([a-z-]+)(?:="([^"]*)")?/gi)].map((m) => ({ name: m[1]!.toLowerCase(), value: m[2] }));
      const ok =
        name === "a"
          ? names.length === 1 && names[0]!.name === "href" && names[0]!.value !== undefined && !/[&](?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-f]+);)/i.test(names[0]!.value)
          : name === "blockquote"
            ? names.every((a) => a.name === "expandable" && a.value === undefined)
            : name === "code"
              ? names.every((a) => a.name === "class" && /^language-[\w+-]+$/.test(a.value ?? ""))
              : names.length === 0;
      if (!ok) problems.push(`<${name}> has attributes Telegram does not take: ${attrs.trim()}`);
      if (name === "a" && open.includes("a")) problems.push("<a> inside <a>");
      if ((name === "pre" || name === "code") && open.some((t) => t === "pre" || t === "code") && !(name === "code" && open.at(-1) === "pre")) problems.push(`<${name}> nested in code/pre`);
      open.push(name);
    }
    i = end + 1;
  }
  if (open.length) problems.push(`unclosed: ${open.map((t) => `<${t}>`).join(" ")}`);
  return problems;
}
