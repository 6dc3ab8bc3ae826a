import { Entity, ManyToOne, PrimaryKey, Property, type Opt, type Rel } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../user/user.entity';

/** One sign-in; the token names it, so logout and password changes can end it server-side. */
@Entity({ tableName: 'user_session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade', index: true })
  user!: Rel<User>;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Last request on this session, for the idle timeout; written at most once a minute. */
  @Property({ type: 'timestamptz', nullable: true })
  lastSeenAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;
}
