/**
 * 三员分立: the system administrator (accounts, orgs, roles), the security administrator (password
 * policy, locks, sessions, review of grants) and the auditor (the audit log) are different people.
 */
export const ADMINISTRATOR_ROLES = ['system_admin', 'security_admin', 'auditor'] as const;

/** True when the role codes put more than one of the three administrators on one account. */
export function breaksSeparation(roleCodes: readonly string[]): boolean {
  return new Set(roleCodes.filter((c) => (ADMINISTRATOR_ROLES as readonly string[]).includes(c))).size > 1;
}
