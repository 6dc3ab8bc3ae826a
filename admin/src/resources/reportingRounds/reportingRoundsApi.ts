import {
  ExportRoundDocument,
  OpenReportingRoundDocument,
  ReportingRoundDocument,
  ReportingRoundsDocument,
  RoundDashboardDocument,
  RoundSubmissionsWhereDocument,
  UrgeSubmissionsDocument,
  type FormAggregateGroupFieldsFragment,
  type ReportingRoundFieldsFragment,
  type ReportingRoundFilter,
} from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { text, type ResourceApi } from '../../providers/resourceApi';
import type { AggregateCell, AggregateView, LateRow, RateView } from './roundModel';

export const reportingRoundsApi: ResourceApi<ReportingRoundFieldsFragment, ReportingRoundFilter> = {
  sortFields: {},
  filtersByIds: false,
  list: async (args) => (await request(ReportingRoundsDocument, { filter: args.filter, offset: args.offset, limit: args.limit })).reportingRounds,
  one: async (id) => (await request(ReportingRoundDocument, { id })).reportingRound,
  create: async (data) => {
    const dueAt = data.dueAt instanceof Date ? data.dueAt.toISOString() : new Date(String(data.dueAt)).toISOString();
    const input = {
      templateId: text(data.templateId) ?? '',
      period: text(data.period) ?? '',
      orgId: text(data.orgId) ?? '',
      targetLevel: data.targetLevel as ReportingRoundFieldsFragment['targetLevel'],
      dueAt,
    };
    return (await request(OpenReportingRoundDocument, { input })).openReportingRound;
  },
};

const toCells = (group: FormAggregateGroupFieldsFragment, labels: Map<string, string>): AggregateCell[] =>
  group.values.map((v) => {
    const field = v.column ? `${v.field}.${v.column}` : v.field;
    return { field, label: labels.get(field) ?? field, rowKey: v.rowKey, sum: v.sum, count: v.count };
  });

/** Field and column labels by `field` / `field.column`, so the aggregate reads in the template's words. */
export function fieldLabels(
  fields: readonly { key: string; label: string; columns?: readonly { key: string; label: string }[] | null }[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fields) {
    out.set(f.key, f.label);
    for (const c of f.columns ?? []) out.set(`${f.key}.${c.key}`, `${f.label}·${c.label}`);
  }
  return out;
}

export async function loadDashboard(
  roundId: string,
  includeSubmitted: boolean,
  labels: Map<string, string>,
): Promise<{ rate: RateView; aggregate: AggregateView }> {
  const { reportingRate, formAggregate } = await request(RoundDashboardDocument, { roundId, includeSubmitted });
  return {
    rate: { ...reportingRate.total, groups: reportingRate.groups },
    aggregate: { groups: formAggregate.groups.map((g) => ({ label: g.label, cells: toCells(g, labels) })), total: toCells(formAggregate.total, labels) },
  };
}

const toLateRows = (items: { id: string; org?: { name: string } | null; status: string; firstSubmittedAt: string | null }[]): LateRow[] =>
  items.map((s) => ({ id: s.id, orgName: s.org?.name ?? '', status: s.status, submittedAt: s.firstSubmittedAt }));

/** Not handed in yet (DRAFT or RETURNED). */
export const loadMissing = async (roundId: string) =>
  toLateRows((await request(RoundSubmissionsWhereDocument, { filter: { roundId, status: ['DRAFT', 'RETURNED'] } })).formSubmissions.items);

/** Handed in after the due time, or still out past it. */
export const loadLate = async (roundId: string) =>
  toLateRows((await request(RoundSubmissionsWhereDocument, { filter: { roundId, late: true } })).formSubmissions.items);

export const urgeSubmissions = async (roundId: string, message: string) => (await request(UrgeSubmissionsDocument, { roundId, message })).urgeSubmissions;

export const exportRound = async (roundId: string) => (await request(ExportRoundDocument, { roundId })).exportRound;
