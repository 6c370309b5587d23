/**
 * Port for the optional language model. The domain only knows this interface;
 * api/model/openai-extractor.ts implements it over any OpenAI-compatible API.
 */
import type { CategoryId, PlaceId } from "../directory/schema.js";
import type { Locale } from "../locale.js";

/** What a model reads out of one resident message. Ids are directory ids. */
export interface Extraction {
  /** One-line summary in the resident's language. */
  summary: string;
  /** A directory place id, or "unknown" when the text does not say. */
  place: PlaceId | "unknown";
  /** A directory category id, or null when the text is not a suggestion. */
  category: CategoryId | null;
  /** A question to ask the resident (in their locale) about what is missing. */
  followUp?: string;
}

/**
 * Extracts summary, place and category from a message. Implementations must
 * reject (throw) on timeout, transport errors and output that is not a valid
 * extraction; callers fall back to the deterministic router.
 */
export interface Extractor {
  extract(input: { text: string; locale: Locale }): Promise<Extraction>;
}
