import { defineModule } from '../../core/module';
import { personLoaders } from './person.loader';
import { SupervisedPerson } from './person.entity';
import { personMessages } from './person.messages';
import { personGrants, supervisedPersonPolicy, supervisionStatsPolicy, visitPolicy } from './person.policy';
import { SupervisedPersonResolver, SupervisionHistoryResolver, supervisedPersonRelations, supervisionHistoryRelations } from './person.resolver';
import { seedPeople } from './person.seed';
import { ServiceHours } from './service-hours.entity';
import { SupervisionHistory } from './supervision-history.entity';
import { SupportGroupMember, SupportGroupRequirement } from './support-group.entity';
import { SupportGroupResolver, supportGroupMemberRelations } from './support-group.resolver';
import { Visit } from './visit.entity';
import { VisitResolver, visitRelations } from './visit.resolver';

/** People under supervision: the ledger, support groups, visits and service hours. */
export const personModule = defineModule({
  name: 'person',
  entities: [SupervisedPerson, SupervisionHistory, SupportGroupMember, SupportGroupRequirement, Visit, ServiceHours],
  resolvers: [SupervisedPersonResolver, SupervisionHistoryResolver, SupportGroupResolver, VisitResolver],
  relations: {
    SupervisedPerson: supervisedPersonRelations,
    SupervisionHistory: supervisionHistoryRelations,
    SupportGroupMember: supportGroupMemberRelations,
    Visit: visitRelations,
  },
  subjects: { SupervisedPerson: supervisedPersonPolicy, Visit: visitPolicy, SupervisionStats: supervisionStatsPolicy },
  // A support-group contact's phone is personal data of the person's circle and is shown as the person's phone is.
  fieldRulesOf: { SupportGroupMember: { subject: 'SupervisedPerson', fields: { phone: 'phone' } } },
  grants: personGrants,
  loaders: personLoaders,
  demoSeed: seedPeople,
  references: [
    { table: 'supervised_person', column: 'org_id', target: 'Org', kind: 'ref.person' },
    { table: 'supervised_person', column: 'grid_id', target: 'Grid', kind: 'ref.person' },
    // An account responsible for people or helping in a support group is handed over first, not silently dropped.
    { table: 'supervised_person', column: 'responsible_id', target: 'User', kind: 'ref.person' },
    { table: 'support_group_member', column: 'user_id', target: 'User', kind: 'ref.supportGroup' },
  ],
  // A person's visits, hours, history and group follow through the person.
  async moveWithGrid(em, { gridId, toOrgId }) {
    const people = await em.execute<{ id: string }[]>(
      'update supervised_person set org_id = ?, version = version + 1, updated_at = now() where grid_id = ? returning id',
      [toOrgId, gridId],
    );
    return { supervisedPeople: people.length };
  },
  messages: personMessages,
});
