import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button as MuiButton, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Choose an xlsx file for an import: a labelled button (not the browser's own "Choose File", which speaks the browser's language) and the name chosen. */
export function XlsxFilePicker({ file, onChange }: { file: File | null; onChange: (file: File | null) => void }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <MuiButton component="label" variant="outlined" size="small" startIcon={<AttachFileIcon />}>
        {translate('gridgov.importReport.choose')}
        <input
          type="file"
          name="importFile"
          accept=".xlsx"
          hidden
          // Cleared on click so the same (fixed) file can be chosen again.
          onClick={(e) => (e.currentTarget.value = '')}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </MuiButton>
      <Typography variant="body2" className="import-file-name">
        {file?.name ?? translate('gridgov.importReport.noFile')}
      </Typography>
    </Stack>
  );
}
