import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { IconButton, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { SurveyRoundScoresQuery } from '../../graphql/graphql';
import { IssueCodesDialog } from './IssueCodesDialog';
import { LinkQr } from './LinkQr';
import type { SurveyRoundRecord } from './surveyRoundsApi';
import { publicSurveyUrl } from './surveyLinks';
import { shortOrgName } from '../charts';

type Score = SurveyRoundScoresQuery['surveyScores'][number];

/** Each grid of the round: its public link and QR code, the codes issued so far, and its live responses and score. */
export function SurveyLinksTable({ round, scores, filter, onIssued }: { round: SurveyRoundRecord; scores: Score[]; filter: string; onIssued: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string) => translate(`gridgov.surveyRounds.${key}`);
  const byGrid = new Map(scores.map((s) => [s.key, s]));
  const copy = (url: string) => navigator.clipboard?.writeText(url).then(() => notify('gridgov.surveyRounds.copied'));
  return (
    <Table size="small" className="survey-links">
      <TableHead>
        <TableRow>
          <TableCell>{t('grid')}</TableCell>
          <TableCell align="right">{t('households')}</TableCell>
          <TableCell>{t('link')}</TableCell>
          <TableCell>{t('qr')}</TableCell>
          <TableCell align="right">{t('codesIssued')}</TableCell>
          <TableCell align="right">{t('responses')}</TableCell>
          <TableCell align="right">{t('score')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {round.links.length === 0 && (
          <TableRow>
            <TableCell colSpan={7}>
              <Typography color="text.secondary">{t('noLinks')}</Typography>
            </TableCell>
          </TableRow>
        )}
        {round.links.map((link) => {
          const url = publicSurveyUrl(link.token);
          const grid = [link.grid?.org && shortOrgName(link.grid.org.name), link.grid?.name].filter(Boolean).join(' ');
          if (!grid.includes(filter.trim())) return null;
          const score = link.grid ? byGrid.get(link.grid.id) : undefined;
          return (
            <TableRow key={link.id} data-link={link.id} className="survey-link-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{grid}</TableCell>
              <TableCell align="right">{link.grid?.households ?? ''}</TableCell>
              <TableCell sx={{ maxWidth: 420 }}>
                <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                  <MuiLink href={url} target="_blank" rel="noopener" className="survey-url" noWrap title={url} sx={{ fontSize: 13, minWidth: 0 }}>
                    {url}
                  </MuiLink>
                  <Tooltip title={t('copy')}>
                    <IconButton size="small" onClick={() => void copy(url)}>
                      <ContentCopyIcon fontSize="inherit" />
                    </IconButton>
                  </Tooltip>
                </Stack>
              </TableCell>
              <TableCell sx={{ py: 0.5 }}>
                <LinkQr url={url} title={`${grid} ${round.period}`} />
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <span className="codes-issued">{link.codesIssued}</span>
                {round.status === 'OPEN' && <IssueCodesDialog linkId={link.id} grid={grid} period={round.period} onIssued={onIssued} />}
              </TableCell>
              <TableCell align="right" className="responses">
                {score?.responses ?? 0}
              </TableCell>
              <TableCell align="right" className="score">
                {score ? score.score.toFixed(2) : ''}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
