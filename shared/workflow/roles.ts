/** The roles of a vault's users; a user holds one or more. */
export const ROLES = ['admin', 'intake', 'reviewer'] as const;
export type Role = (typeof ROLES)[number];
