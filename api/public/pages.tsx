/**
 * The public pages' HTML (server-rendered with Hono's JSX, no client
 * script): one item's page and the overview per target. Everything they show
 * comes from handlers/items/public-view.ts, which carries no personal data.
 */
import type { Child, FC } from "hono/jsx";
import { raw } from "hono/html";
import type { DirectoryView } from "../../handlers/directory/view.js";
import type { PublicItem } from "../../handlers/items/public-view.js";
import { LOCALES, type Locale } from "../../handlers/locale.js";
import type { MessageArgs, Translator } from "../../locales/index.js";

/** What every page needs to speak the reader's language. */
export interface PageContext {
  locale: Locale;
  translator: Translator;
  dir: DirectoryView;
  /** The page's own path, for the language links. */
  path: string;
}

/** A translated text: the translator escapes the arguments, and the .ftl texts of these pages hold no markup. */
const tr = (p: PageContext, key: string, args?: MessageArgs) => raw(p.translator.t(p.locale, key, args));

/** A county date (UTC+8) as YYYY-MM-DD. */
export function countyDate(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

const STYLE = `body{font-family:system-ui,"Noto Sans CJK SC","PingFang SC",sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1d2733;line-height:1.55}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.6rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{color:#5b6875}
ol.timeline{padding-left:1.2rem}.status{font-weight:600}.support{background:#eef4fb;padding:.5rem .8rem;border-radius:.4rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #dde3ea;padding:.35rem .4rem;text-align:left;vertical-align:top}
nav.lang a{margin-right:.8rem}footer{margin-top:2rem;color:#5b6875;font-size:.85rem}`;

/** The frame of every public page: language links, title, privacy note. */
export const Layout: FC<{ p: PageContext; title: string; children?: Child }> = ({ p, title, children }) => (
  <html lang={p.locale}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="robots" content="noindex" />
      <title>{title}</title>
      <style>{raw(STYLE)}</style>
    </head>
    <body>
      <nav class="lang" aria-label={p.translator.t(p.locale, "public-language")}>
        {LOCALES.map((l) => (
          <a href={`${p.path}?lang=${l}`} hreflang={l} aria-current={l === p.locale ? "true" : undefined}>
            {l === "zh-CN" ? "简体中文" : l === "zh-TW" ? "繁體中文" : "English"}
          </a>
        ))}
      </nav>
      {children}
      <footer>
        <p>{tr(p, "public-privacy")}</p>
        <p>
          <a href="/t/">{tr(p, "public-site-title")}</a>
        </p>
      </footer>
    </body>
  </html>
);

/** What the public may know of a consultation topic: its title, its session and its decision; never who answered what. */
export interface PublicTopic {
  title: string;
  session: { startsAt: number; venue: string; kind: string } | null;
  outcome: { text: string; responsible: string; dueDate: string } | null;
}

/** The public part of a topic. */
export function publicTopic(t: { title: string; session: PublicTopic["session"] | null; outcome: PublicTopic["outcome"] | null }): PublicTopic {
  return {
    title: t.title,
    session: t.session ? { startsAt: t.session.startsAt, venue: t.session.venue, kind: t.session.kind } : null,
    outcome: t.outcome ? { text: t.outcome.text, responsible: t.outcome.responsible, dueDate: t.outcome.dueDate } : null,
  };
}

const TopicSection: FC<{ p: PageContext; topic: PublicTopic }> = ({ p, topic }) => (
  <section class="topic">
    <h2>{tr(p, "public-consultation")}</h2>
    <p class="topic-title">{topic.title}</p>
    {topic.session && (
      <p class="session">
        {tr(p, "public-session", { kind: p.translator.t(p.locale, `session-kind-${topic.session.kind}`), venue: topic.session.venue })}{" "}
        <time datetime={new Date(topic.session.startsAt).toISOString()}>{countyDate(topic.session.startsAt)}</time>
      </p>
    )}
    {topic.outcome && (
      <div class="outcome">
        <h3>{tr(p, "public-outcome")}</h3>
        <blockquote>{topic.outcome.text}</blockquote>
        <p>{tr(p, "public-outcome-by", { responsible: topic.outcome.responsible, due: topic.outcome.dueDate })}</p>
      </div>
    )}
  </section>
);

/** One item: summary, place, topic, target, support, timeline with dates, the answer, and its consultation topic if any. */
export const ItemPage: FC<{ p: PageContext; item: PublicItem; topic?: PublicTopic | null }> = ({ p, item, topic }) => {
  const title = p.translator.t(p.locale, "public-item-title", { code: item.code });
  return (
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <p class="summary">{item.summary}</p>
      <p class="status" data-status={item.status}>
        {tr(p, "public-status", { status: item.status })}
      </p>
      {item.mergedInto && (
        <p>
          <a href={`/t/${item.mergedInto}?lang=${p.locale}`}>{tr(p, "public-merged-into", { code: item.mergedInto })}</a>
        </p>
      )}
      <dl>
        <dt>{tr(p, "public-place")}</dt>
        <dd>{item.place === "unknown" ? tr(p, "public-place-unknown") : p.dir.placeName(item.place, p.locale)}</dd>
        <dt>{tr(p, "public-topic")}</dt>
        <dd>{p.dir.categoryName(item.category, p.locale)}</dd>
        <dt>{tr(p, "public-target")}</dt>
        <dd>{item.target ? p.dir.targetName(item.target, p.locale) : tr(p, "public-target-undecided")}</dd>
      </dl>
      <p class="support" data-support={item.support}>
        {tr(p, "public-support", { support: item.support })}
      </p>
      <h2>{tr(p, "public-timeline")}</h2>
      <ol class="timeline">
        {item.timeline.map((s) => (
          <li data-status={s.status}>
            <time datetime={new Date(s.at).toISOString()}>{countyDate(s.at)}</time> {tr(p, "public-status", { status: s.status })}
          </li>
        ))}
      </ol>
      <h2>{tr(p, "public-answer")}</h2>
      {item.answer ? <blockquote class="answer">{item.answer}</blockquote> : <p>{tr(p, "public-no-answer")}</p>}
      {topic && <TopicSection p={p} topic={topic} />}
    </Layout>
  );
};

/** One target's line of the overview. */
export interface OverviewRow {
  target: string;
  open: number;
  medianAnswerDays: number | null;
  meanRating: number | null;
  /** The newest open items (public views), at most a few. */
  items: PublicItem[];
}

/** The overview: open items per target with the median days to an answer and the mean rating, a page of targets at a time. */
export const OverviewPage: FC<{ p: PageContext; rows: OverviewRow[]; page: number; pages: number }> = ({ p, rows, page, pages }) => {
  const title = p.translator.t(p.locale, "public-overview-title");
  const none = tr(p, "public-overview-none");
  return (
    <Layout p={p} title={title}>
      <h1>{title}</h1>
      <table>
        <thead>
          <tr>
            <th>{tr(p, "public-target")}</th>
            <th>{tr(p, "public-overview-open")}</th>
            <th>{tr(p, "public-overview-median")}</th>
            <th>{tr(p, "public-overview-rating")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr data-target={r.target}>
              <td>
                {p.dir.targetName(r.target, p.locale)}
                {r.items.length > 0 && (
                  <ul>
                    {r.items.map((i) => (
                      <li>
                        <a href={`/t/${i.code}?lang=${p.locale}`}>{i.code}</a> {i.summary} · {tr(p, "public-status", { status: i.status })} · 👥 {i.support}
                      </li>
                    ))}
                    {r.open > r.items.length && <li>{tr(p, "public-overview-more", { count: r.open - r.items.length })}</li>}
                  </ul>
                )}
              </td>
              <td class="open">{r.open}</td>
              <td>{r.medianAnswerDays ?? none}</td>
              <td>{r.meanRating ?? none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pages">
        {page > 1 && <a href={`/t/?page=${page - 1}&lang=${p.locale}`}>{tr(p, "public-page-previous")}</a>} {page < pages && <a href={`/t/?page=${page + 1}&lang=${p.locale}`}>{tr(p, "public-page-next")}</a>}
      </nav>
    </Layout>
  );
};

/** A short page with one sentence (not found, too many requests). */
export const MessagePage: FC<{ p: PageContext; key: string }> = ({ p, key }) => (
  <Layout p={p} title={p.translator.t(p.locale, "public-site-title")}>
    <p>{tr(p, key)}</p>
  </Layout>
);
