import { Card } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { Loading, Title, useNotify, useRedirect } from 'react-admin';
import { useParams } from 'react-router-dom';
import { formTemplatesApi, publishTemplate, toDraft, type TemplateRecord } from './formTemplatesApi';
import { TemplateBuilder, type TemplateDraft } from './TemplateBuilder';

const EMPTY: TemplateDraft = { code: '', name: '', periodType: 'MONTH', sections: [], rules: [] };

function useSaving() {
  const notify = useNotify();
  const [saving, setSaving] = useState(false);
  const run = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      setSaving(true);
      try {
        return await work();
      } catch (error) {
        notify((error as Error).message, { type: 'error' });
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
  const redirect = useRedirect();
  const notify = useNotify();
  const { saving, run } = useSaving();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.create" />
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

/** Saves straight through the resource API and reloads: the builder's state starts again from what the server holds. */
export function TemplateEdit() {
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
