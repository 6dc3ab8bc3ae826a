import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/Upload';
import { useRef } from 'react';
import { Button, useNotify, useRedirect } from 'react-admin';
import { ExportFormTemplateDocument, ImportFormTemplateDocument } from '../../graphql/graphql';
import { request } from '../../providers/graphqlClient';

/** The template with its rules as JSON: a backup, or the way to another deployment. */
export function ExportTemplateButton({ id, code }: { id: string; code: string }) {
  const notify = useNotify();
  return (
    <Button
      label="gridgov.forms.builder.export"
      onClick={async () => {
        try {
          const { exportFormTemplate } = await request(ExportFormTemplateDocument, { id });
          const url = URL.createObjectURL(new Blob([JSON.stringify(exportFormTemplate, null, 2)], { type: 'application/json' }));
          const a = document.createElement('a');
          a.href = url;
          a.download = `${code}.json`;
          a.click();
          URL.revokeObjectURL(url);
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        }
      }}
    >
      <DownloadIcon />
    </Button>
  );
}

/** An exported template read back as a new draft (the next revision when its code exists). */
export function ImportTemplateButton() {
  const notify = useNotify();
  const redirect = useRedirect();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          try {
            const { importFormTemplate } = await request(ImportFormTemplateDocument, { json: JSON.parse(await file.text()) as unknown });
            notify('gridgov.forms.builder.imported', { type: 'success' });
            redirect('edit', 'formTemplates', importFormTemplate.id);
          } catch (error) {
            notify((error as Error).message, { type: 'error' });
          }
        }}
      />
      <Button label="gridgov.forms.builder.import" onClick={() => input.current?.click()}>
        <UploadIcon />
      </Button>
    </>
  );
}
