import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { AppError } from '../../../api/src/core/errors';
import { formatError } from '../../../api/src/core/format-error';
import { readSheet } from '../../../api/src/core/xlsx';

/** An xlsx as exceljs writes it: the worksheets come before the shared strings and the workbook part. */
async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const read = async (file: string) => {
  const { header, rows } = await readSheet(file, { field: 'fileBase64', maxRows: 100 });
  return { header: Object.fromEntries(header), rows };
};

describe('readSheet', () => {
  // The reads below failed about once in a thousand when the sheet was read from where the file has it.
  it('reads the first sheet of the same file the same way every time', async () => {
    const file = await workbook({
      人员: [['姓名', '网格编号'], ['张三', 1], [], ['李四', 2]],
      其他: [['不读']],
    });
    const expected = {
      header: { 姓名: 1, 网格编号: 2 },
      rows: [
        { row: 2, cells: [undefined, '张三', '1'] },
        { row: 4, cells: [undefined, '李四', '2'] },
      ],
    };
    const misses: number[] = [];
    for (let i = 0; i < 1500; i++) if (JSON.stringify(await read(file)) !== JSON.stringify(expected)) misses.push(i);
    expect(misses).toEqual([]);
    expect(await read(file)).toEqual(expected);
  });

  it('reads a sheet of numbers only, which has no shared strings part', async () => {
    const file = await workbook({
      数字: [
        [1, 2],
        [3, 4],
      ],
    });
    const reads = await Promise.all(Array.from({ length: 200 }, () => read(file)));
    expect(new Set(reads.map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify({ header: { 1: 1, 2: 2 }, rows: [{ row: 2, cells: [undefined, '3', '4'] }] })]),
    );
  });

  it('answers a sheet it cannot parse with the field, and the log says why', async () => {
    const zip = await JSZip.loadAsync(Buffer.from(await workbook({ 人员: [['姓名'], ['张三']] }), 'base64'));
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheeeet>');
    const file = (await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64');
    const error = await read(file).then(
      () => null,
      (e: AppError) => e,
    );
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: [{ field: 'fileBase64', message: '无法读取 xlsx 文件' }] });
    const lines: string[] = [];
    const answer = formatError(error!.toJSON(), error, (line) => lines.push(line));
    expect(lines).toEqual(['BAD_USER_INPUT caused by Error: 1:93: unmatched closing tag: worksheeeet.']);
    expect(JSON.stringify(answer)).not.toContain('worksheeeet');
  });
});
