import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { FileDownload, ImportReport } from '../../core/import-report';
import { listOf, sortInput } from '../../core/pagination';
import { User } from './user.entity';

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true, description: 'Users of this org and every org below it' })
  orgId?: string;

  @Field(() => ID, { nullable: true })
  roleId?: string;

  @Field(() => ID, { nullable: true })
  gridId?: string;

  @Field(() => String, { nullable: true, description: 'Substring of username or name' })
  q?: string;

  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'Accounts locked now by failed sign-ins (true) or not (false); no rows for callers who may not see lockedUntil',
  })
  locked?: boolean;
}

export enum UserSortField {
  USERNAME = 'username',
  NAME = 'name',
  CREATED_AT = 'createdAt',
  LAST_LOGIN_AT = 'lastLoginAt',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

export const UserSort = sortInput('User', UserSortField);
export type UserSort = InstanceType<typeof UserSort>;

@InputType()
export class CreateUserInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  orgId!: string;

  @Field(() => [ID], { nullable: true })
  roleIds?: string[];

  @Field(() => [ID], { nullable: true })
  gridIds?: string[];

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { description: 'An initial password: the user must change it at first sign-in' })
  password!: string;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  orgId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the roles' })
  roleIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the grids' })
  gridIds?: string[];

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'A new initial password (reset): unlocks the account and forces a change' })
  password?: string;
}

export const UserList = listOf(User);

export enum InitialPasswordRule {
  ID_NUMBER_LAST8 = 'ID_NUMBER_LAST8',
  RANDOM = 'RANDOM',
}
registerEnumType(InitialPasswordRule, {
  name: 'InitialPasswordRule',
  description: 'The initial password of imported accounts: the last 8 characters of the ID number, or a random one shown once',
});

@ObjectType({ description: 'A generated initial password, shown once' })
export class InitialPassword {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType()
export class UserImportReport extends ImportReport {
  @Field(() => [InitialPassword], { description: 'RANDOM only: each new account’s password; returned this once and stored nowhere' })
  passwords!: InitialPassword[];

  @Field(() => FileDownload, { nullable: true, description: 'RANDOM only: the same passwords as xlsx, this once' })
  passwordsFile!: FileDownload | null;
}
