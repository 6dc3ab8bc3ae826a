import { defineModule } from '../../core/module';
import { authGrants, passwordPolicyPolicy, sessionPolicy } from './auth.policy';
import { authMessages } from './auth.messages';
import { AuthResolver } from './auth.resolver';
import { PasswordHistory, PasswordPolicy } from './password-policy.entity';
import { SecurityResolver, sessionRelations } from './security.resolver';
import { Session } from './session.entity';

export const authModule = defineModule({
  name: 'auth',
  entities: [Session, PasswordPolicy, PasswordHistory],
  resolvers: [AuthResolver, SecurityResolver],
  relations: { Session: sessionRelations },
  subjects: { PasswordPolicy: passwordPolicyPolicy, Session: sessionPolicy },
  grants: authGrants,
  messages: authMessages,
});
