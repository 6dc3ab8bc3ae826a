import { defineModule } from '../../core/module';
import { AuthResolver } from './auth.resolver';
import { PasswordHistory, PasswordPolicy } from './password-policy.entity';
import { Session } from './session.entity';

export const authModule = defineModule({
  name: 'auth',
  entities: [Session, PasswordPolicy, PasswordHistory],
  resolvers: [AuthResolver],
});
