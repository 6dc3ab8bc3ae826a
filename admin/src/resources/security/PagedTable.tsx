import { Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useNotify, useTranslate } from 'react-admin';

export interface Column<T> {
  label: string;
  cell(row: T): ReactNode;
}

/** A server-paged table: `load(offset, limit)` answers a CONTRACT list; `reload` after an action on a row. */
export function PagedTable<T extends { id: string }>({
  columns,
  load,
  empty,
  className,
}: {
  columns: Column<T>[];
  load(offset: number, limit: number): Promise<{ total: number; items: T[] }>;
  empty: string;
  className?: string;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const [pageNo, setPageNo] = useState(0);
  const [perPage, setPerPage] = useState(25);
  const [data, setData] = useState<{ total: number; items: T[] } | null>(null);
  const reload = useCallback(() => {
    load(pageNo * perPage, perPage).then(setData, (e: Error) => notify(e.message, { type: 'error' }));
  }, [load, pageNo, perPage, notify]);
  useEffect(reload, [reload]);

  if (!data) return null;
  return (
    <>
      <Table size="small" className={className}>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => (
              <TableCell key={i}>{translate(c.label)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {data.items.map((row) => (
            <TableRow key={row.id}>
              {columns.map((c, i) => (
                <TableCell key={i} sx={{ whiteSpace: 'nowrap' }}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
          {data.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={columns.length}>{translate(empty)}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={data.total}
        page={pageNo}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100]}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
        onPageChange={(_, p) => setPageNo(p)}
        onRowsPerPageChange={(e) => {
          setPerPage(Number(e.target.value));
          setPageNo(0);
        }}
      />
    </>
  );
}
