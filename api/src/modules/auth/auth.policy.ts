import { UNSCOPED, type SubjectPolicy } from '../../core/module';
import type { RawRule } from '../../core/rules';

declare module '../../core/module' {
  interface Subjects {
    PasswordPolicy: true;
    Session: true;
  }
}

/** One policy for the whole deployment. */
export const passwordPolicyPolicy: SubjectPolicy = { scope: UNSCOPED, conditionFields: [] };

/** A session belongs where its account works. */
export const sessionPolicy: SubjectPolicy = {
  scope: {
    ORG_SUBTREE: (_, subtree) => ({ 'user.org.path': subtree }),
    ORG: (a) => ({ 'user.org.id': a.scopeRootId }),
    GRID: (a) => ({ 'user.id': a.id }),
    SELF: (a) => ({ 'user.id': a.id }),
  },
  conditionFields: ['user.id', 'user.org.id', 'user.org.path'],
};

/**
 * 三员分立: the security administrator keeps the password policy, ends sessions and unlocks accounts
 * (`manage Session`), and no other built-in role touches either.
 */
export const authGrants: Record<string, RawRule[]> = {
  security_admin: [
    { action: 'manage', subject: 'PasswordPolicy' },
    { action: 'manage', subject: 'Session' },
  ],
};
