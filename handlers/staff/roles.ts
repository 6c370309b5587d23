import * as z from "zod";

/** The roles a person can hold in the staff bot. */
export const RoleNameSchema = z.enum(["admin", "staff", "deputy"]);
export type RoleName = z.infer<typeof RoleNameSchema>;

/** A staff-bot member's stored profile: roles, and where to reach them. */
export const MemberSchema = z.object({
  roles: z.array(RoleNameSchema).default([]),
  /** Directory targets a deputy belongs to. */
  targets: z.array(z.string()).default([]),
  chatId: z.number().int().optional(),
  name: z.string().max(200).optional(),
  locale: z.enum(["zh-CN", "zh-TW", "en"]).optional(),
});
export type Member = z.infer<typeof MemberSchema>;

/** Reads a stored member, treating anything unparseable as "no roles". */
export function parseMember(value: unknown): Member {
  const parsed = MemberSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : MemberSchema.parse({});
}

/** Effective roles: stored ones plus admin for the bootstrap ids. */
export function effectiveRoles(member: Member, userId: number, adminIds: readonly number[]): RoleName[] {
  const roles = new Set(member.roles);
  if (adminIds.includes(userId)) roles.add("admin");
  return [...roles].sort((a, b) => RoleNameSchema.options.indexOf(a) - RoleNameSchema.options.indexOf(b));
}
