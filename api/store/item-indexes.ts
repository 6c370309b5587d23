/** Statuses with a per-status index; kept here so the store does not import the item model's zod schema. */
export const ITEM_STATUSES_FOR_INDEX = ["new", "forwarded", "accepted", "answered", "closed", "rejected", "merged"] as const;
