/** What the round dashboard shows, whatever the queries' exact shapes. */
export interface RateFigures {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  approved: number;
  rate: number;
}

export interface RateView extends RateFigures {
  groups: (RateFigures & { label: string })[];
}

export interface LateRow {
  id: string;
  orgName: string;
  status: string;
  submittedAt?: string | null;
}

/** One aggregated figure: a field, or a table column by row key. */
export interface AggregateCell {
  field: string;
  label: string;
  rowKey?: string | null;
  sum: number | null;
  count: number;
}

export interface AggregateView {
  groups: { label: string; cells: AggregateCell[] }[];
  total: AggregateCell[];
}

export const cellKey = (c: Pick<AggregateCell, 'field' | 'rowKey'>) => (c.rowKey ? `${c.field}[${c.rowKey}]` : c.field);
export const cellLabel = (c: AggregateCell) => (c.rowKey ? `${c.label} · ${c.rowKey}` : c.label);
export const shortOrg = (label: string) => label.replace(/(社区)?居民委员会|村民委员会/, '');
