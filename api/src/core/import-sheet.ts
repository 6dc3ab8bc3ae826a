import type ExcelJS from 'exceljs';
import { badField } from './errors';
import { t } from './i18n';
import type { FileDownload, ImportRowError } from './import-report';
import { newWorkbook, readSheet } from './xlsx';

/** One column of an import sheet: its header is what people fill in and what row errors name. */
export interface ImportColumn<K extends string = string> {
  key: K;
  header: string;
  required?: boolean;
  width: number;
  /** What the column takes, for the template's 说明 sheet. */
  note?: string;
  /** Digits kept as text (codes, ID numbers, phones), so Excel does not turn them into numbers. */
  text?: boolean;
}

export type ImportRow<K extends string> = { row: number; cells: Record<K, string> };

export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A sheet with `columns` as its bold, frozen header row. */
export function addSheet(wb: ExcelJS.Workbook, name: string, columns: readonly ImportColumn[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of columns) if (c.text) ws.getColumn(c.key).numFmt = '@';
  return ws;
}

/** An empty import sheet and a second sheet (说明) saying what each column takes. */
export async function importTemplate(filename: string, sheet: string, columns: readonly ImportColumn[]): Promise<FileDownload> {
  const wb = await newWorkbook();
  addSheet(wb, sheet, columns);
  const help = wb.addWorksheet('说明');
  help.columns = [
    { header: '列', width: 14 },
    { header: '说明', width: 80 },
  ];
  for (const c of columns) help.addRow([c.header, [c.required ? '必填' : '', c.note ?? ''].filter(Boolean).join('，')]);
  return { filename, contentBase64: await workbookBase64(wb) };
}

/** The data rows of an uploaded sheet by column key (absent columns read as empty); missing required columns are BAD_USER_INPUT. */
export async function readImportRows<K extends string>(fileBase64: string, columns: readonly ImportColumn<K>[], maxRows: number): Promise<ImportRow<K>[]> {
  const { header, rows } = await readSheet(fileBase64, { field: 'fileBase64', maxRows });
  const missing = columns.filter((c) => c.required && !header.has(c.header)).map((c) => c.header);
  if (missing.length) throw badField('fileBase64', 'import.header', { columns: missing.join('、') });
  const byKey = rows
    .map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries(columns.map((c) => [c.key, header.has(c.header) ? (cells[header.get(c.header)!] ?? '') : ''])) as Record<K, string>,
    }))
    .filter((r) => Object.values(r.cells).some(Boolean));
  if (byKey.length === 0) throw badField('fileBase64', 'xlsx.empty');
  return byKey;
}

/** Row problems of one import, each naming the column by its header, in the request's language. */
export class RowErrors<K extends string> {
  readonly list: ImportRowError[] = [];
  private readonly headers: Map<string, string>;

  constructor(columns: readonly ImportColumn<K>[]) {
    this.headers = new Map(columns.map((c) => [c.key, c.header]));
  }

  add(row: number, key: K | null, message: string): void {
    this.list.push({ row, column: key ? (this.headers.get(key) ?? key) : null, message });
  }

  /** `add` with a message key. */
  say(row: number, key: K | null, messageKey: string, params: Record<string, string | number> = {}): void {
    this.add(row, key, t(messageKey, params));
  }

  has(row: number): boolean {
    return this.list.some((e) => e.row === row);
  }

  sorted(): ImportRowError[] {
    return [...this.list].sort((a, b) => a.row - b.row);
  }
}

/** A whole number in `[min, max]` from a cell, or null for an empty cell; a bad value is reported. */
export function intCell<K extends string>(errors: RowErrors<K>, row: number, key: K, value: string, min: number, max: number): number | null | undefined {
  if (!value) return null;
  if (!/^-?\d+$/.test(value)) {
    errors.say(row, key, 'field.int');
    return undefined;
  }
  const n = Number(value);
  if (n < min) errors.say(row, key, 'field.min', { min });
  else if (n > max) errors.say(row, key, 'field.max', { max });
  else return n;
  return undefined;
}
