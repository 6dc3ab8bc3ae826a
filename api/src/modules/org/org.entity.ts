import { Entity, Enum, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity';

export enum OrgLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  COMMUNITY = 'COMMUNITY',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(OrgLevel, { name: 'OrgLevel', description: 'Administrative level; DEPARTMENT for functional units (司法所, 派出所 …)' });

/** Rank of each administrative level; a child must rank below its parent. DEPARTMENT attaches anywhere. */
export const LEVEL_RANK: Record<OrgLevel, number> = {
  PROVINCE: 1,
  CITY: 2,
  COUNTY: 3,
  TOWNSHIP: 4,
  COMMUNITY: 5,
  DEPARTMENT: 6,
};

@ObjectType({ description: '组织机构: a node of the administrative tree or a functional department' })
@Entity({ tableName: 'org' })
export class Org extends BaseEntity {
  @Field(() => String, { nullable: true, description: '12-digit administrative-division code where one exists' })
  @Property({ type: 'string', length: 12, nullable: true, unique: true })
  code?: string | null;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => OrgLevel)
  @Enum({ items: () => OrgLevel, nativeEnumName: 'org_level' })
  level!: OrgLevel;

  @ManyToOne(() => Org, { nullable: true, deleteRule: 'restrict', index: true })
  parent?: Rel<Org> | null;

  /** Ids from the root down to this org, `/1/5/23/`; "this org and below" is a range scan on it. */
  @Property({ type: 'text', unique: true })
  path!: string;
}
