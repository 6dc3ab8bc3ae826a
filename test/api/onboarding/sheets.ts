import ExcelJS from 'exceljs';

/** An xlsx file (base64) with `headers` in row 1 and `rows` below, as a person would fill in a template. */
export async function xlsx(headers: string[], rows: (string | number)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('导入');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** Every row of the first sheet of an xlsx (base64) as cell texts. */
export async function readXlsx(base64: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as never);
  const ws = wb.worksheets[0]!;
  const out: string[][] = [];
  ws.eachRow((r) => out.push(Array.from({ length: ws.columnCount }, (_, i) => r.getCell(i + 1).text)));
  return out;
}

/** The first header row of a template download. */
export const templateHeaders = async (base64: string) => (await readXlsx(base64))[0]!;
