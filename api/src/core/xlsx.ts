import type ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { badField } from './errors';

/** exceljs, loaded on the first import or export: it adds ~27 MB to a process that never handles a sheet. */
const exceljs = () => import('exceljs').then((m) => (m as unknown as { default: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS));

export const newWorkbook = async (): Promise<ExcelJS.Workbook> => new (await exceljs()).Workbook();

/**
 * Limits of an uploaded workbook. An xlsx file is a zip: its declared sizes are checked before
 * anything is inflated, then verified while inflating, and the sheet is read as a stream that stops
 * at the row cap — a small file of endless identical rows costs no more than the cap.
 */
export const XLSX_LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  /** All entries together, inflated; a full 5,000-row import sheet is about 3 MB. */
  uncompressedBytes: 20 * 1024 * 1024,
  entries: 200,
  /** Inflated ÷ compressed for an entry above 1 MB inflated; spreadsheets stay far below it. */
  ratio: 200,
};
/** Base64 text of the largest file accepted. */
export const XLSX_BASE64_MAX = Math.ceil(XLSX_LIMITS.fileBytes / 3) * 4;

const inflate = promisify(inflateRaw) as (buf: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  localOffset: number;
  /** Where its record in the central directory starts. */
  record: number;
}

class BadZip extends Error {}

/** The central directory at the end of the file: what each entry says it holds. */
function centralDirectory(zip: Buffer): { entries: ZipEntry[]; offset: number } {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new BadZip('no central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new BadZip('zip64');
  if (count > XLSX_LIMITS.entries) throw new BadZip('too many entries');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new BadZip('broken central directory');
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      record: at,
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      uncompressed: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return { entries, offset };
}

/** An entry whose local header, data and data descriptor are bytes [localOffset, end) of the file. */
interface LocalEntry extends ZipEntry {
  end: number;
}

/**
 * Checks the declared sizes, then inflates each entry with its declared size as a hard ceiling. The
 * entries must also lie back to back from the start of the file to the directory, so a streaming
 * reader (which walks the local headers) meets exactly the entries verified here.
 */
async function verifyZip(zip: Buffer): Promise<'tooLarge' | { entries: LocalEntry[]; directory: number }> {
  const { entries, offset } = centralDirectory(zip);
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > XLSX_LIMITS.uncompressedBytes) return 'tooLarge';
  if (entries.some((e) => e.uncompressed > 1024 * 1024 && e.uncompressed > XLSX_LIMITS.ratio * Math.max(e.compressed, 1))) return 'tooLarge';
  let expected = 0;
  const local: LocalEntry[] = [];
  for (const e of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    if (e.localOffset !== expected || zip.readUInt32LE(e.localOffset) !== 0x04034b50) throw new BadZip('entries not contiguous');
    const flags = zip.readUInt16LE(e.localOffset + 6);
    const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
    const data = zip.subarray(start, start + e.compressed);
    if (data.length !== e.compressed) throw new BadZip('truncated entry');
    const inflated = e.method === 0 ? data : e.method === 8 ? await inflate(data, { maxOutputLength: e.uncompressed + 1 }).catch(() => null) : null;
    if (!inflated || inflated.length !== e.uncompressed) throw new BadZip('entry size differs from its declaration');
    // A data descriptor (flag bit 3) follows the data: 12 or 16 bytes (with its optional signature).
    expected = start + e.compressed + (flags & 8 ? (zip.readUInt32LE(start + e.compressed) === 0x08074b50 ? 16 : 12) : 0);
    local.push({ ...e, end: expected });
  }
  if (expected !== offset) throw new BadZip('entries not contiguous');
  return { entries: local, directory: offset };
}

const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * The same zip with the worksheets after every other part. exceljs' streaming reader parks a sheet
 * that comes before the workbook and shared strings (as Excel and exceljs write them) in a temporary
 * file, and unzipper (0.10 to 0.12.5) can announce the end of the entries while some are still buffered:
 * the parked sheet then fails to read, about once in a thousand reads of the same file. After the
 * other parts, a sheet is read as it streams.
 */
function sheetsLast(zip: Buffer, { entries, directory }: { entries: LocalEntry[]; directory: number }): Buffer {
  const ordered = [...entries.filter((e) => !WORKSHEET.test(e.name)), ...entries.filter((e) => WORKSHEET.test(e.name))];
  const tail = Buffer.from(zip.subarray(directory));
  let at = 0;
  for (const e of ordered) {
    tail.writeUInt32LE(at, e.record - directory + 42);
    at += e.end - e.localOffset;
  }
  return Buffer.concat([...ordered.map((e) => zip.subarray(e.localOffset, e.end)), tail]);
}

/** The text a person sees in a cell (dates as YYYY-MM-DD). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

export interface SheetRows {
  /** Header texts by column number (1-based). */
  header: Map<string, number>;
  /** Non-empty data rows: the sheet's row number and each cell's text by column number. */
  rows: { row: number; cells: string[] }[];
}

/**
 * Reads the first sheet of an uploaded xlsx (base64 in argument `field`): row 1 is the header, empty
 * rows are skipped, more than `maxRows` data rows is BAD_USER_INPUT as soon as row `maxRows + 1` is read.
 * Every problem with the file is BAD_USER_INPUT naming `field`.
 */
export async function readSheet(fileBase64: string, { field, maxRows }: { field: string; maxRows: number }): Promise<SheetRows> {
  const zip = Buffer.from(fileBase64, 'base64');
  if (zip.length > XLSX_LIMITS.fileBytes) throw badField(field, 'xlsx.tooLarge', { max: `${XLSX_LIMITS.fileBytes / 1024 / 1024} MB` });
  let verified: Awaited<ReturnType<typeof verifyZip>>;
  try {
    verified = await verifyZip(zip);
  } catch (e) {
    if (e instanceof BadZip || e instanceof RangeError) throw badField(field, 'xlsx.file');
    throw e;
  }
  if (verified === 'tooLarge') throw badField(field, 'xlsx.tooLarge', { max: `${XLSX_LIMITS.uncompressedBytes / 1024 / 1024} MB` });
  const input = Readable.from([sheetsLast(zip, verified)]);
  const reader = new (await exceljs()).stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const header = new Map<string, number>();
  const rows: SheetRows['rows'] = [];
  let sawSheet = false;
  try {
    sheets: for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        (row as ExcelJS.Row).eachCell({ includeEmpty: false }, (cell, col) => (cells[col] = cellText(cell.value)));
        if (row.number === 1) {
          cells.forEach((text, col) => text && header.set(text, col));
          continue;
        }
        if (!cells.some(Boolean)) continue;
        if (rows.length === maxRows) throw badField(field, 'xlsx.tooMany', { max: maxRows });
        rows.push({ row: row.number, cells });
      }
      break sheets;
    }
  } catch (e) {
    if ((e as { extensions?: { code?: string } }).extensions?.code === 'BAD_USER_INPUT') throw e;
    // The file's fault or the reader's, the caller hears "cannot read"; the log says why.
    throw badField(field, 'xlsx.file', {}, e);
  } finally {
    input.destroy();
  }
  if (!sawSheet) throw badField(field, 'xlsx.empty');
  return { header, rows };
}
