import { saveBlob } from '../download';

/** Where a resident opens a grid's questionnaire: the panel's public route `/survey/:token` (assessments/index.tsx). */
export const publicSurveyUrl = (token: string) => `${window.location.origin}${window.location.pathname}#/survey/${token}`;

/** Half-years around now, newest last: 2025-H1 … 2027-H2. */
export function halfYearChoices(now = new Date()): { id: string; name: string }[] {
  const year = now.getFullYear();
  return [year - 1, year, year + 1].flatMap((y) => [`${y}-H1`, `${y}-H2`]).map((id) => ({ id, name: id }));
}

export const currentHalfYear = (now = new Date()) => `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;

/** The codes as a one-column CSV a spreadsheet opens (BOM for Excel's Chinese). */
export function downloadCodes(filename: string, grid: string, codes: string[]): void {
  const csv = `\uFEFF网格,答题码\r\n${codes.map((c) => `${grid},${c}`).join('\r\n')}\r\n`;
  saveBlob(filename, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
}

/** A bare page of the codes, one slip each, printed from its own window so the panel's chrome stays off the paper. */
export function printCodes(title: string, codes: string[]): void {
  const win = window.open('', '_blank', 'width=800,height=900');
  if (!win) return;
  const doc = win.document;
  doc.title = title;
  const style = doc.createElement('style');
  style.textContent =
    'body{font-family:sans-serif;margin:16px}ol{display:grid;grid-template-columns:repeat(3,1fr);gap:8px;padding:0;list-style:none}li{border:1px dashed #999;padding:12px;font:20px monospace;text-align:center}';
  doc.head.appendChild(style);
  const h = doc.createElement('h3');
  h.textContent = title;
  const list = doc.createElement('ol');
  for (const code of codes) list.appendChild(doc.createElement('li')).textContent = code;
  doc.body.append(h, list);
  win.focus();
  win.print();
}
