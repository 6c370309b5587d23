/**
 * CSV rendering of items for integrators (REST `GET /api/v1/items.csv`).
 * RFC 4180: comma separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break, inner quotes doubled. The document starts with
 * a UTF-8 byte order mark so spreadsheet programs read Chinese correctly.
 */
import { supportOf, type Item } from "./model.js";
import { firstReached } from "./stats.js";

/** UTF-8 byte order mark. */
export const CSV_BOM = "\uFEFF";

/** The columns, in order. Times are ISO 8601 UTC like the JSON API. */
export const CSV_COLUMNS = [
  "id", "status", "created_at", "updated_at", "source", "category", "place", "target", "urgent", "summary", "text",
  "forwarded_at", "accepted_at", "answered_at", "closed_at", "answer", "rating", "merged_into", "photos",
  "contact_name", "contact_phone", "contact_email", "support",
] as const;

/** Quotes one field when it must be (RFC 4180). null and undefined are empty. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Free text starting with = + - @ (or a tab/CR) would run as a formula when
 * the file is opened in a spreadsheet (CSV injection); a leading apostrophe
 * keeps it text. Only fields people typed are touched.
 */
export function spreadsheetSafe(text: string | null): string | null {
  return text !== null && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The header line, CRLF-terminated. */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

/**
 * One item as a CRLF-terminated CSV line. The contact columns are filled only
 * when the resident agreed to share it; never the resident's Telegram ids.
 */
export function csvRow(item: Item): string {
  const contact = item.contactConsent ? item.contact : null;
  const values: Array<string | number | null> = [
    item.id, item.status, iso(item.createdAt), iso(item.updatedAt), item.source, item.category, item.place, item.target, item.urgent ? 1 : 0,
    spreadsheetSafe(item.summary), spreadsheetSafe(item.text),
    iso(firstReached(item, "forwarded")), iso(firstReached(item, "accepted")), iso(firstReached(item, "answered")), iso(firstReached(item, "closed")),
    spreadsheetSafe(item.answer), item.rating, item.mergedInto, item.photos.length,
    spreadsheetSafe(contact ? (item.residentName ?? contact.name ?? null) : null), spreadsheetSafe(contact?.phone ?? null), spreadsheetSafe(contact?.email ?? null),
    supportOf(item),
  ];
  return `${values.map(csvField).join(",")}\r\n`;
}
