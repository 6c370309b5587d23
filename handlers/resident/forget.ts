/**
 * /forget, confirmed: every trace of the resident goes from their items (their
 * own anonymised, the ones they follow without them), their profile and their
 * index. Pure; the service writes what this returns.
 */
import type { Item } from "../items/model.js";
import type { ItemWrite } from "../ports.js";
import { eraseResidentFromItem, type ErasedPerson } from "../privacy/erase.js";
import type { ResidentProfile } from "./state.js";

/** Who is forgotten: the ids and every name and phone they ever gave. */
export function forgottenPerson(user: { id: number; firstName?: string }, chatId: number, profile: ResidentProfile | null): ErasedPerson {
  return {
    residentId: user.id,
    chatId,
    names: [user.firstName, profile?.firstName, profile?.contact?.name].filter((n): n is string => !!n),
    phones: profile?.contact?.phone ? [profile.contact.phone] : [],
  };
}

/** The item writes that erase the person, and how many items were their own. */
export function forgetWrites(items: Item[], who: ErasedPerson, now: number): { writes: ItemWrite[]; owned: number } {
  return {
    writes: items.map((i) => ({ kind: "update", expectedRev: i.rev, item: eraseResidentFromItem(i, who, now) })),
    owned: items.filter((i) => i.residentId === who.residentId).length,
  };
}
