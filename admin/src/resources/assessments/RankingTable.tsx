import { Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AssessmentRankingPageQuery } from '../../graphql/graphql';

type Row = AssessmentRankingPageQuery['assessmentRanking']['items'][number];

export const signed = (n: number | null | undefined) => (n === null || n === undefined ? '' : `${n > 0 ? '+' : ''}${n.toFixed(2)}`);

interface Props {
  rows: Row[];
  total: number;
  offset: number;
  limit: number;
  onPage: (offset: number, limit: number) => void;
}

/** One page of the round's ranking: ties share a rank, the change is against the same subject's previous period. */
export function RankingTable({ rows, total, offset, limit, onPage }: Props) {
  const translate = useTranslate();
  const t = (key: string) => translate(`gridgov.assessments.${key}`);
  return (
    <>
      <Table size="small" className="ranking-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 64 }}>{t('rank')}</TableCell>
            <TableCell>{t('subject')}</TableCell>
            <TableCell align="right">{t('total')}</TableCell>
            <TableCell>{t('grade')}</TableCell>
            <TableCell align="right">{t('previousTotal')}</TableCell>
            <TableCell align="right">{t('change')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.scorecard.id} data-subject={r.scorecard.subjectName}>
              <TableCell className="rank">{r.rank}</TableCell>
              <TableCell className="subject">{r.scorecard.subjectName}</TableCell>
              <TableCell align="right" className="total">
                {r.total.toFixed(2)}
              </TableCell>
              <TableCell className="grade">{r.grade ?? ''}</TableCell>
              <TableCell align="right">{r.previousTotal?.toFixed(2) ?? ''}</TableCell>
              <TableCell align="right" className="change" sx={{ color: r.change ? (r.change > 0 ? 'success.main' : 'error.main') : undefined }}>
                {signed(r.change)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={total}
        page={Math.floor(offset / limit)}
        rowsPerPage={limit}
        rowsPerPageOptions={[10, 25, 50, 100]}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) => translate('gridgov.assessments.pageRange', { from, to, count })}
        onPageChange={(_, page) => onPage(page * limit, limit)}
        onRowsPerPageChange={(e) => onPage(0, Number(e.target.value))}
      />
    </>
  );
}
