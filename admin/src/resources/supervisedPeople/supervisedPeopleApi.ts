import {
  CreateSupervisedPersonDocument,
  SupervisedPeopleDocument,
  SupervisedPersonDocument,
  UpdateSupervisedPersonDocument,
  type CreateSupervisedPersonInput,
  type PersonDetailFieldsFragment,
  type PersonFieldsFragment,
  type RiskLevel,
  type Sex,
  type SupervisedPersonFilter,
  type SupervisedPersonSortField,
  type UpdateSupervisedPersonInput,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { changed, text, type ResourceApi } from '../../providers/resourceApi';

export type PersonRecord = PersonFieldsFragment &
  Partial<PersonDetailFieldsFragment> & {
    gridId: string | null;
    categoryCode: string | null;
    responsibleId: string | null;
  };

const toRecord = (p: PersonFieldsFragment & Partial<PersonDetailFieldsFragment>): PersonRecord => ({
  ...p,
  gridId: p.grid?.id ?? null,
  categoryCode: p.category?.code ?? null,
  responsibleId: p.responsible?.id ?? null,
});

const fields = (data: Record<string, unknown>) => ({
  name: text(data.name) ?? '',
  idNumber: text(data.idNumber) ?? '',
  sex: (text(data.sex) as Sex | null) ?? null,
  birthDate: text(data.birthDate),
  ethnicity: text(data.ethnicity),
  phone: text(data.phone),
  address: text(data.address),
  categoryCode: text(data.categoryCode) ?? '',
  offenceSummary: text(data.offenceSummary),
  riskLevel: (text(data.riskLevel) as RiskLevel | null) ?? 'LOW',
  supervisionStart: text(data.supervisionStart),
  supervisionEnd: text(data.supervisionEnd),
  responsibleId: text(data.responsibleId),
  notes: text(data.notes),
});

export const supervisedPeopleApi: ResourceApi<PersonRecord, SupervisedPersonFilter, SupervisedPersonSortField> = {
  sortFields: {
    name: 'NAME',
    riskLevel: 'RISK_LEVEL',
    status: 'STATUS',
    supervisionStart: 'SUPERVISION_START',
    supervisionEnd: 'SUPERVISION_END',
    createdAt: 'CREATED_AT',
  },
  filtersByIds: true,
  list: async (args) => {
    const { supervisedPeople } = await request(SupervisedPeopleDocument, args);
    return { items: supervisedPeople.items.map(toRecord), total: supervisedPeople.total };
  },
  one: async (id) => {
    const { supervisedPerson } = await request(SupervisedPersonDocument, { id });
    return supervisedPerson && toRecord(supervisedPerson);
  },
  create: async (data) => {
    const input: CreateSupervisedPersonInput = { ...fields(data), gridId: text(data.gridId) ?? '' };
    return toRecord((await request(CreateSupervisedPersonDocument, { input })).createSupervisedPerson);
  },
  update: async (id, data, previous) => {
    // Masked values come back unchanged from the form and are never sent: only what the user edited is.
    const input: UpdateSupervisedPersonInput = changed(fields(data), fields(previous));
    const { updateSupervisedPerson } = await request(UpdateSupervisedPersonDocument, { id, input, version: previous.version as number });
    return toRecord(updateSupervisedPerson);
  },
};
