import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ConsequenceFlagFieldsFragment } from '../../graphql/graphql';

/** What the rule saw, in words; ids (grid, round, complaints) and the period stay out: the row already shows them, and the count says how many. */
const SHOWN = ['score', 'h1', 'h2', 'count', 'threshold'] as const;

export function FlagEvidence() {
  const flag = useRecordContext<ConsequenceFlagFieldsFragment>();
  const translate = useTranslate();
  const evidence = (flag?.evidence ?? {}) as Record<string, unknown>;
  const parts = SHOWN.filter((key) => evidence[key] !== undefined && evidence[key] !== null).map((key) =>
    translate(`gridgov.flags.evidence.${key}`, { value: String(evidence[key]) }),
  );
  return (
    <Typography variant="body2" className="flag-evidence">
      {parts.join('，')}
    </Typography>
  );
}
