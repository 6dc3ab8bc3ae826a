import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ConsequenceFlagFieldsFragment } from '../../graphql/graphql';

const TEXTS = ['selfReview', 'appealReason', 'decisionReason'] as const;

/** The words each step left: the person's self-review and appeal, the higher level's decision. */
export function FlagTexts() {
  const flag = useRecordContext<ConsequenceFlagFieldsFragment>();
  const translate = useTranslate();
  if (!flag) return null;
  return (
    <>
      {TEXTS.filter((key) => flag[key]).map((key) => (
        <Typography key={key} variant="body2" className={`flag-${key}`} sx={{ maxWidth: 360 }}>
          <Typography component="span" variant="body2" color="text.secondary">{`${translate(`gridgov.flags.${key}`)}：`}</Typography>
          {flag[key]}
        </Typography>
      ))}
    </>
  );
}
