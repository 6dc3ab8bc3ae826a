import { Box, TextField } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { syntaxProblem } from './formExpression';
import type { FormSection } from './formModel';

/** An expression with its first problem shown under it and a caret at the character where it is. */
export function ExpressionInput({
  name,
  label,
  value,
  onChange,
  sections,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  sections: readonly FormSection[];
}) {
  const [locale] = useLocaleState();
  const problem = value.trim() ? syntaxProblem(value, sections, locale) : null;
  return (
    <Box sx={{ flex: 2, minWidth: 280 }}>
      <TextField
        name={name}
        label={label}
        size="small"
        fullWidth
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={!!problem}
        helperText={problem?.message}
        slotProps={{
          htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } },
          formHelperText: { className: problem ? 'expression-problem' : undefined },
        }}
      />
      {problem && (
        <Box
          component="pre"
          className="expression-caret"
          sx={{ m: 0, px: 1.75, fontFamily: 'monospace', fontSize: 13, color: 'error.main', whiteSpace: 'pre', overflow: 'hidden' }}
        >
          {value}
          {'\n'}
          {' '.repeat(problem.position)}^
        </Box>
      )}
    </Box>
  );
}
