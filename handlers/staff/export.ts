import { CSV_BOM, csvHeader, csvRow } from "../items/csv.js";
import type { Item } from "../items/model.js";

/**
 * The /export document: the same columns and quoting as the REST API's
 * `items.csv` (handlers/items/csv.ts), so staff and integrators get one format.
 * Pure.
 */
export function itemsCsv(items: Iterable<Item>): string {
  let out = CSV_BOM + csvHeader();
  for (const item of items) out += csvRow(item);
  return out;
}
