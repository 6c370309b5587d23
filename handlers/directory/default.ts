/**
 * The directory the project ships (data/directory.json), validated once.
 */
import data from "../../data/directory.json" with { type: "json" };
import { parseDirectory, type Directory } from "./schema.js";

let cached: Directory | undefined;

/**
 * Returns the shipped Yunyang directory, validated on first call (so a bad
 * edit of data/directory.json fails loudly at start-up) and cached after.
 * @throws {import("./schema.js").DirectoryError} when the shipped JSON is invalid.
 */
export function loadDefaultDirectory(): Directory {
  cached ??= parseDirectory(data);
  return cached;
}
