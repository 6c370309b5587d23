import { describe, expect, it } from "vitest";
import { telegramHtmlProblems } from "./telegram-html.js";

describe("the Telegram HTML validator used by the fuzz tests", () => {
  it.each([
    "plain text",
    "<b>bold</b> and <i>it</i>, <u>u</u>, <s>s</s>, <tg-spoiler>x</tg-spoiler>",
    '<a href="https://example.org/?a=1&amp;b=2">link</a>',
    "<pre><code class=\"language-ts\">x &lt; y</code></pre>",
    "<blockquote expandable>quote</blockquote>",
    "&lt;script&gt; &amp; &quot; &#39; &#x1F600;",
    "编号 <code>AB12CD</code>：已提交",
  ])("accepts %s", (html) => {
    expect(telegramHtmlProblems(html)).toEqual([]);
  });

  it.each([
    ["<script>alert(1)</script>", /not allowed/],
    ["a < b", /raw "<"/],
    ["a > b", /raw ">"/],
    ["Tom & Jerry", /raw "&"/],
    ["<b>open", /unclosed/],
    ["<b><i>x</b></i>", /closes/],
    ['<b class="x">x</b>', /attributes/],
    ["<a>no href</a>", /attributes/],
    ['<a href="x&y">x</a>', /attributes/],
    ["<code><pre>x</pre></code>", /nested/],
    ["<strong>synonym</strong>", /not allowed/],
  ])("refuses %s", (html, problem) => {
    expect(telegramHtmlProblems(html).join("; ")).toMatch(problem);
  });
});
