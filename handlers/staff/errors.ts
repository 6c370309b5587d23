import { reply, type Reply, type ReplyArgs } from "../replies.js";

/**
 * Thrown by a staff action that will not act (unknown code, wrong status, no
 * deputies yet, a forged or stale button…). Carries the one line that tells
 * the person why; the service answers with it and writes nothing.
 */
export class StaffRefusal extends Error {
  override name = "StaffRefusal";
  constructor(readonly reply: Reply) {
    super(`refused: ${reply.key}`);
  }
}

/**
 * Refuses with one line.
 * @throws {StaffRefusal} always.
 */
export function refuse(key: string, args?: ReplyArgs): never {
  throw new StaffRefusal(reply(key, args));
}
