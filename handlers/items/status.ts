import type { Actor, HistoryEntry, Item, ItemStatus } from "./model.js";

/** Who may move an item along which edge. Every other move is illegal. */
const TRANSITIONS: Record<ItemStatus, Partial<Record<ItemStatus, ReadonlyArray<Actor["role"]>>>> = {
  new: { forwarded: ["staff", "admin"], rejected: ["staff", "admin"], merged: ["staff", "admin"], closed: ["staff", "admin"] },
  forwarded: { accepted: ["deputy", "staff", "admin"], new: ["deputy", "staff", "admin"], rejected: ["staff", "admin"], merged: ["staff", "admin"], closed: ["staff", "admin"] },
  accepted: { answered: ["deputy", "staff", "admin"], new: ["deputy", "staff", "admin"], merged: ["staff", "admin"], closed: ["staff", "admin"] },
  // A resident who is not satisfied reopens an answered item back to its deputies.
  answered: { closed: ["resident", "staff", "admin", "system"], accepted: ["resident", "staff", "admin"] },
  closed: {},
  rejected: {},
  merged: {},
};

/** Thrown when a status change is not allowed from the item's current status, or not for this role. */
export class IllegalTransitionError extends Error {
  override name = "IllegalTransitionError";
  constructor(
    readonly from: ItemStatus,
    readonly to: ItemStatus,
    readonly role: Actor["role"],
  ) {
    super(`${role} cannot move an item from ${from} to ${to}`);
  }
}

/** True when `role` may move an item from `from` to `to`. */
export function canTransition(from: ItemStatus, to: ItemStatus, role: Actor["role"]): boolean {
  return TRANSITIONS[from][to]?.includes(role) ?? false;
}

/** Statuses an item can still move from. */
export const OPEN_STATUSES: readonly ItemStatus[] = ["new", "forwarded", "accepted", "answered"];

/**
 * Moves an item to a new status, appending who/role/when/what to its history.
 * Pure: returns a new item with `rev` bumped.
 * @throws {IllegalTransitionError} for a move the table does not allow.
 */
export function transition(item: Item, to: ItemStatus, by: Actor, at: number, action: string, note?: string, patch: Partial<Item> = {}): Item {
  if (!canTransition(item.status, to, by.role)) throw new IllegalTransitionError(item.status, to, by.role);
  const entry: HistoryEntry = { at, by, action, from: item.status, to, ...(note !== undefined && { note }) };
  return { ...item, ...patch, status: to, rev: item.rev + 1, updatedAt: at, history: [...item.history, entry] };
}

/** Appends a history entry without changing status (notes, reroutes, claims, thread messages). */
export function annotate(item: Item, by: Actor, at: number, action: string, note?: string, patch: Partial<Item> = {}, data?: Record<string, unknown>): Item {
  const entry: HistoryEntry = { at, by, action, ...(note !== undefined && { note }), ...(data && { data }) };
  return { ...item, ...patch, rev: item.rev + 1, updatedAt: at, history: [...item.history, entry] };
}

/**
 * The item's status stage: how many status changes it has been through. Buttons
 * that change an item carry it, so any status change (by anyone) expires every
 * older button, while notes, questions and stale marks do not.
 */
export function stageOf(item: Pick<Item, "history">): number {
  return item.history.filter((h) => h.to !== undefined).length;
}
