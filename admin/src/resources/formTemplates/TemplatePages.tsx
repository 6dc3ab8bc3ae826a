import { Card } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../providers/graphqlClient';
import { formTemplatesApi, publishTemplate, toDraft, type TemplateRecord } from './formTemplatesApi';
import { TemplateBuilder, type TemplateDraft } from './TemplateBuilder';
import { ExportTemplateButton } from './TemplateTransfer';

const EMPTY: TemplateDraft = { code: '', name: '', periodType: 'MONTH', sections: [], rules: [] };

/** The server's message with every field it names (`fields.2.columns.1.key: …`), since the builder has no form inputs react-admin could mark. */
function explain(error: unknown): string {
  if (!isApiError(error, 'BAD_USER_INPUT') || !error.body.errors) return (error as Error).message;
  const fields = Object.entries(error.body.errors as Record<string, string | { serverError: string }>).filter(([field]) => field !== 'root');
  return [error.message, ...fields.map(([field, message]) => `${field}: ${typeof message === 'string' ? message : message.serverError}`)].join('\n');
}

function useSaving() {
  const notify = useNotify();
  const [saving, setSaving] = useState(false);
  const run = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      setSaving(true);
      try {
        return await work();
      } catch (error) {
        notify(explain(error), { type: 'error', multiLine: true });
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [notify],
  );
  return { saving, run };
}

export function TemplateCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const notify = useNotify();
  const { saving, run } = useSaving();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('ra.page.create', { name: translate('resources.formTemplates.name', { smart_count: 1 }) })} />
      <TemplateBuilder
        initial={EMPTY}
        saving={saving}
        onSave={async (draft) => {
          const created = await run(() => formTemplatesApi.create!(draft as unknown as Record<string, unknown>));
          if (!created) return;
          notify('gridgov.forms.builder.saved', { type: 'success' });
          redirect('edit', 'formTemplates', created.id);
        }}
      />
    </Card>
  );
}

/**
 * Saves straight through the resource API and reloads: the builder's state starts again from what
 * the server holds. `rulesOnly`: a lower level's view, which adds its own rules to the form.
 */
export function TemplateEdit({ rulesOnly = false }: { rulesOnly?: boolean }) {
  const { id = '' } = useParams();
  const redirect = useRedirect();
  const notify = useNotify();
  const { saving, run } = useSaving();
  const [record, setRecord] = useState<TemplateRecord | null>(null);
  const [loads, setLoads] = useState(0);
  const load = useCallback(() => {
    formTemplatesApi.one(id).then(
      (r) => {
        setRecord(r);
        setLoads((n) => n + 1);
      },
      (e: Error) => notify(e.message, { type: 'error' }),
    );
  }, [id, notify]);
  useEffect(load, [load]);
  if (!record) return <Loading />;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={`${record.name} · v${record.revision}`} />
      <TemplateBuilder
        key={loads}
        initial={toDraft(record)}
        status={record.status}
        rulesOnly={rulesOnly}
        actions={<ExportTemplateButton id={record.id} code={record.code} />}
        saving={saving}
        onSave={async (draft) => {
          const saved = await run(() =>
            formTemplatesApi.update!(id, draft as unknown as Record<string, unknown>, record as unknown as Record<string, unknown>),
          );
          if (!saved) return;
          notify('gridgov.forms.builder.saved', { type: 'success' });
          if (saved.id !== id) redirect('edit', 'formTemplates', saved.id);
          else load();
        }}
        onPublish={
          record.status === 'DRAFT'
            ? async () => {
                if (await run(() => publishTemplate(id, record.version))) {
                  notify('gridgov.forms.builder.published', { type: 'success' });
                  load();
                }
              }
            : undefined
        }
      />
    </Card>
  );
}

export const TemplateRules = () => <TemplateEdit rulesOnly />;
