/** The resident bot's commands (a contract: SPEC "Commands"), in menu order. */
export const RESIDENT_COMMANDS = ["start", "new", "my", "status", "cancel", "lang", "privacy", "forget", "help"] as const;

/** The staff bot's commands (a contract: SPEC "Commands"), in menu order. */
export const STAFF_COMMANDS = ["queue", "next", "show", "route", "forward", "reject", "merge", "reply", "close", "stats", "export", "grant", "revoke", "whoami", "help"] as const;
