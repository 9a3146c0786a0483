import type { Report } from '@maillage/validation';
import { saveBlob } from '../api/http';
import { readRows } from './engine';

/**
 * The producer's own rows with one more column listing each row's problems, built in the browser with ExcelJS
 * (loaded only here): they fix the file they know, not a copy rebuilt from the schema.
 */
export async function downloadAnnotatedWorkbook(original: Blob, fileName: string, report: Report): Promise<void> {
  const [{ labels, rows }, ExcelJS] = await Promise.all([readRows(original, fileName), import('exceljs')]);
  const task = report.tasks[0];
  const messages = new Map<number, string[]>();
  for (const problem of [...(task?.errors ?? []), ...(task?.warnings ?? [])]) {
    if (problem.rowNumber === undefined) continue;
    const prefix = problem.severity === 'warning' ? 'Avertissement' : 'Erreur';
    const column = problem.sourceColumn ?? problem.fieldName;
    messages.set(problem.rowNumber, [...(messages.get(problem.rowNumber) ?? []), `${prefix}${column ? ` (${column})` : ''} : ${problem.message}`]);
  }
  const workbook = new (ExcelJS.default ?? ExcelJS).Workbook();
  const sheet = workbook.addWorksheet('Fichier annoté');
  sheet.addRow([...labels, 'Erreurs']).font = { bold: true };
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    const notes = messages.get(rowNumber);
    const added = sheet.addRow([...row, notes?.join('\n') ?? '']);
    if (notes) added.getCell(labels.length + 1).font = { color: { argb: 'FFB3261E' } };
  });
  sheet.getColumn(labels.length + 1).width = 80;
  const buffer = await workbook.xlsx.writeBuffer();
  saveBlob(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), fileName.replace(/\.[^.]+$/, '') + '-annote.xlsx');
}
