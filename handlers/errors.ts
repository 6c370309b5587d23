/** Thrown when the same update is being handled by another request right now; the webhook answers 503 so Telegram retries later. */
export class UpdateBusyError extends Error {
  override name = "UpdateBusyError";
  constructor(readonly updateId: number) {
    super(`update ${updateId} is being handled by another request`);
  }
}

/** Thrown when a turn kept losing compare-and-set races (another update of the same chat won every time); the webhook answers 503 and Telegram retries. */
export class TurnConflictError extends Error {
  override name = "TurnConflictError";
  constructor(readonly updateId: number) {
    super(`update ${updateId} lost every optimistic-concurrency retry`);
  }
}
