import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { listOf, sortInput } from '../../core/pagination';
import { Session } from './session.entity';

@InputType({ description: 'Only the settings given change' })
export class UpdatePasswordPolicyInput {
  @Field(() => Int, { nullable: true, description: '8–64' })
  minLength?: number;

  @Field(() => Int, { nullable: true, description: '1–4 of: lower case, upper case, digits, symbols' })
  classes?: number;

  @Field(() => Int, { nullable: true, description: '0–24: a new password may not repeat the last N (the current one included)' })
  history?: number;

  @Field(() => Int, { nullable: true, description: '0–3650 days; 0: passwords do not expire' })
  expiryDays?: number;

  @Field(() => Int, { nullable: true, description: '1–365 days an unchanged initial password works' })
  initialExpiryDays?: number;

  @Field(() => Int, { nullable: true, description: '5–1440 minutes without a request end a session' })
  idleTimeoutMinutes?: number;
}

@ObjectType('PasswordPolicy', { description: 'Password and session rules in force, kept by the security administrator' })
export class PasswordPolicyView {
  @Field(() => Int)
  minLength!: number;

  @Field(() => Int)
  classes!: number;

  @Field(() => Int)
  history!: number;

  @Field(() => Int)
  expiryDays!: number;

  @Field(() => Int)
  initialExpiryDays!: number;

  @Field(() => Int)
  idleTimeoutMinutes!: number;
}

@InputType()
export class SessionFilter {
  @Field(() => ID, { nullable: true })
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'Sessions of accounts of this org and every org below it' })
  orgId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of the username' })
  q?: string;
}

export enum SessionSortField {
  CREATED_AT = 'createdAt',
  LAST_SEEN_AT = 'lastSeenAt',
  EXPIRES_AT = 'expiresAt',
}
registerEnumType(SessionSortField, { name: 'SessionSortField' });

export const SessionSort = sortInput('Session', SessionSortField);
export type SessionSort = InstanceType<typeof SessionSort>;

export const SessionList = listOf(Session);
