/**
 * The deputies' agenda pack of a topic (and the quarterly pack of a target):
 * Markdown and CSV documents with the items, their support, the residents'
 * words without identities (anonymised as every public output), the replies
 * to the invitation and the written views. Labels are bilingual (中文 / English)
 * so one file serves every deputy. No resident id, name, contact or chat.
 */
import { csvField, spreadsheetSafe, CSV_BOM } from "../items/csv.js";
import { supportOf, type Item } from "../items/model.js";
import type { DirectoryView } from "../directory/view.js";
import { anonymise } from "../privacy/anonymise.js";
import { countyTime } from "./messages.js";
import type { RSVP_ANSWERS, Topic } from "./model.js";
import type { Scorecard } from "./scorecard.js";

/** One document of a pack. */
export interface PackDocument {
  filename: string;
  content: string;
  mime: string;
}

/** Escapes text for a Markdown table cell or line (no markup from residents' words). */
function md(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([\\`*_{}[\]<>()#+\-.!|])/g, "\\$1");
}

/** Replies to the invitation, by answer, and how many residents gave none. */
export function rsvpCounts(t: Topic, invited: number): Record<(typeof RSVP_ANSWERS)[number] | "none", number> {
  const counts = { attend: 0, absent: 0, written: 0, none: 0 };
  for (const r of t.rsvps) counts[r.answer]++;
  counts.none = Math.max(0, invited - t.rsvps.length);
  return counts;
}

function topicMarkdown(t: Topic, items: Item[], invited: number, dir: DirectoryView): string[] {
  const lines: string[] = [];
  const s = t.session;
  lines.push(`## ${md(t.id)} ${md(t.title)}`, "");
  lines.push(`- 对象 Target: ${md(dir.targetName(t.target, "zh-CN"))} (${md(t.target)})`);
  if (s) lines.push(`- 会议 Session: ${md(s.kind)}, ${countyTime(s.startsAt)} (UTC+8), ${md(s.venue)}`);
  const c = rsvpCounts(t, invited);
  lines.push(`- 回复 Replies: 参加 attend ${c.attend}, 不参加 absent ${c.absent}, 书面意见 written ${c.written}, 未回复 no answer ${c.none} (邀请 invited ${invited})`, "");
  lines.push("| 编号 Code | 摘要 Summary | 地点 Place | 类别 Topic | 状态 Status | 支持 Support |", "|---|---|---|---|---|---:|");
  for (const i of items) lines.push(`| ${md(i.id)} | ${md(anonymise(i.summary))} | ${md(dir.placeName(i.place, "zh-CN"))} | ${md(dir.categoryName(i.category, "zh-CN"))} | ${i.status} | ${supportOf(i)} |`);
  lines.push("", "### 群众原话 Residents' words", "");
  for (const i of items) lines.push(`- **${md(i.id)}**: ${md(anonymise(i.text))}`);
  lines.push("", "### 书面意见 Written views", "");
  if (t.views.length === 0) lines.push("- —");
  t.views.forEach((v, n) => lines.push(`${n + 1}\\. ${md(anonymise(v.text))}`));
  if (t.outcome) {
    const o = t.outcome;
    lines.push("", "### 决定 Outcome", "", md(o.text), "", `- 责任单位 Responsible: ${md(o.responsible)}`, `- 完成时限 Due: ${o.dueDate}`);
    if (t.evaluations.length) lines.push(`- 评价 Evaluations: ${t.evaluations.length}`);
  }
  lines.push("");
  return lines;
}

const CSV_COLUMNS = ["topic", "title", "session_kind", "session_at", "venue", "item", "summary", "place", "category", "status", "support", "text", "attend", "absent", "written", "no_answer"] as const;

function topicCsvRows(t: Topic, items: Item[], invited: number): string[] {
  const c = rsvpCounts(t, invited);
  return items.map((i) =>
    [
      t.id, spreadsheetSafe(t.title), t.session?.kind ?? "", t.session ? new Date(t.session.startsAt).toISOString() : "", spreadsheetSafe(t.session?.venue ?? ""),
      i.id, spreadsheetSafe(anonymise(i.summary)), i.place, i.category, i.status, supportOf(i), spreadsheetSafe(anonymise(i.text)), c.attend, c.absent, c.written, c.none,
    ].map(csvField).join(",") + "\r\n",
  );
}

/** A topic with what the pack shows of it: its items (in the topic's order) and how many residents were invited. */
export interface PackTopic {
  topic: Topic;
  items: Item[];
  invited: number;
}

/** The agenda pack of one topic: Markdown and CSV. */
export function agendaPack(p: PackTopic, dir: DirectoryView): PackDocument[] {
  const head = [`# 议程 Agenda — ${md(p.topic.title)}`, ""];
  return [
    { filename: `agenda-${p.topic.id}.md`, content: [...head, ...topicMarkdown(p.topic, p.items, p.invited, dir)].join("\n"), mime: "text/markdown" },
    { filename: `agenda-${p.topic.id}.csv`, content: CSV_BOM + CSV_COLUMNS.join(",") + "\r\n" + topicCsvRows(p.topic, p.items, p.invited).join(""), mime: "text/csv" },
  ];
}

/** The quarterly pack of a target: its scorecard and every topic of the quarter. */
export function quarterlyPack(target: string, quarter: string, card: Scorecard, topics: PackTopic[], dir: DirectoryView): PackDocument[] {
  const lines = [`# ${md(dir.targetName(target, "zh-CN"))} — ${quarter}`, "", "## 成绩单 Scorecard", ""];
  lines.push(
    `- 收到事项 Items received: ${card.items}`,
    `- 答复中位天数 Median days to answer: ${card.median_days_to_answer ?? "—"}`,
    `- 平均评分 Mean rating: ${card.mean_rating ?? "—"}`,
    `- 协商议题 Topics: ${card.topics}`,
    `- 已开会议 Sessions held: ${card.sessions_held}`,
    `- 到期决定 Outcomes due: ${card.outcomes_due}, 已办结 done: ${card.outcomes_done}`,
    `- 效果评价 Evaluation mean: ${card.evaluation_mean ?? "—"}`,
    "",
  );
  for (const p of topics) lines.push(...topicMarkdown(p.topic, p.items, p.invited, dir));
  if (topics.length === 0) lines.push("— 本季度无议题 No topics this quarter", "");
  const rows = topics.flatMap((p) => topicCsvRows(p.topic, p.items, p.invited));
  return [
    { filename: `pack-${target}-${quarter}.md`, content: lines.join("\n"), mime: "text/markdown" },
    { filename: `pack-${target}-${quarter}.csv`, content: CSV_BOM + CSV_COLUMNS.join(",") + "\r\n" + rows.join(""), mime: "text/csv" },
  ];
}
