import { defineModule } from '../../core/module';
import { AuthResolver } from './auth.resolver';
import { Session } from './session.entity';

export const authModule = defineModule({
  name: 'auth',
  entities: [Session],
  resolvers: [AuthResolver],
});
