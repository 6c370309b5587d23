/** The resident bot's commands (a contract: SPEC "Commands"), in menu order. */
export const RESIDENT_COMMANDS = ["start", "new", "my", "status", "cancel", "lang", "privacy", "forget", "help"] as const;

/** The staff bot's commands (a contract: SPEC "Commands"), in menu order: one list, kept with their permissions. */
export { STAFF_COMMANDS } from "./staff/commands.js";
