import DownloadIcon from '@mui/icons-material/Download';
import { Button, CreateButton, Datagrid, List, SelectField, TextField, TopToolbar, useCanAccess, useListContext, useNotify } from 'react-admin';
import { LocaleDateField } from '../../i18n/LocaleDateField';
import { ExportSupervisedPeopleDocument, type SupervisedPersonFilter } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';
import { downloadBase64 } from '../download';
import { ImportButton } from './ImportButton';
import { riskChoices, statusChoices } from './personChoices';
import { usePersonFilters } from './personFilters';

/** Exports the list as filtered now; the server masks what the caller may not see. */
function ExportButton() {
  const { filterValues } = useListContext();
  const notify = useNotify();
  const run = async () => {
    try {
      const filter = Object.fromEntries(Object.entries(filterValues).filter(([, v]) => v !== '' && v != null)) as SupervisedPersonFilter;
      const { exportSupervisedPeople } = await request(ExportSupervisedPeopleDocument, { filter });
      downloadBase64(exportSupervisedPeople.filename, exportSupervisedPeople.contentBase64);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label="ra.action.export" onClick={run}>
      <DownloadIcon />
    </Button>
  );
}

function ListActions() {
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource: 'supervisedPeople' });
  return (
    <TopToolbar>
      {canCreate && <CreateButton />}
      {canCreate && <ImportButton />}
      <ExportButton />
    </TopToolbar>
  );
}

export function PersonList() {
  const filters = usePersonFilters();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="idNumber" sortable={false} emptyText="—" />
        <TextField source="category.name" label="resources.supervisedPeople.fields.categoryCode" sortable={false} />
        <TextField source="org.name" label="resources.supervisedPeople.fields.orgId" sortable={false} />
        <TextField source="grid.name" label="resources.supervisedPeople.fields.gridId" sortable={false} />
        <SelectField source="riskLevel" choices={riskChoices} />
        <SelectField source="status" choices={statusChoices} />
        <LocaleDateField source="supervisionStart" emptyText="—" />
        <LocaleDateField source="supervisionEnd" emptyText="—" />
        <TextField source="responsible.name" label="resources.supervisedPeople.fields.responsibleId" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
