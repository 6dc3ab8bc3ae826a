import { Datagrid, FunctionField, List, SelectInput, TextField, useTranslate } from 'react-admin';
import type { ConsequenceFlagFieldsFragment } from '../../graphql/graphql';
import { FlagActions } from './FlagActions';
import { FlagEvidence } from './FlagEvidence';
import { FlagTexts } from './FlagTexts';

const STATUSES = ['OPEN', 'ACKNOWLEDGED', 'APPEALED', 'UPHELD', 'WITHDRAWN'] as const;

/** 问责提示: OPEN → ACKNOWLEDGED (书面检查) → APPEALED → UPHELD / WITHDRAWN; each row offers only what the caller may do. */
export function FlagList() {
  const translate = useTranslate();
  const filters = [<SelectInput key="status" source="status" alwaysOn choices={STATUSES.map((id) => ({ id, name: `gridgov.flags.status.${id}` }))} />];
  return (
    <List filters={filters} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid
        bulkActionButtons={false}
        rowClick={false}
        className="consequence-flags"
        sx={{ '& th, & td:not(.column-texts):not(.column-evidence)': { whiteSpace: 'nowrap' } }}
      >
        <TextField source="userName" sortable={false} />
        <TextField source="grid.name" label="resources.consequenceFlags.fields.grid" sortable={false} emptyText="—" />
        <TextField source="period" sortable={false} />
        <FunctionField<ConsequenceFlagFieldsFragment>
          source="consequence"
          sortable={false}
          render={(r) => <span title={r.ruleCode}>{translate(`gridgov.flags.consequence.${r.consequence}`)}</span>}
        />
        <FunctionField source="evidence" sortable={false} render={() => <FlagEvidence />} />
        <FunctionField<ConsequenceFlagFieldsFragment>
          source="status"
          sortable={false}
          render={(r) => <span className="flag-status">{translate(`gridgov.flags.status.${r.status}`)}</span>}
        />
        <FunctionField source="texts" sortable={false} render={() => <FlagTexts />} />
        <FlagActions />
      </Datagrid>
    </List>
  );
}
