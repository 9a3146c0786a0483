// What a workbook says, independent of zip timestamps: what --check and the tests compare.
const ExcelJS = require('exceljs');

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value);
}

/** Sheets in order, every cell value, and per column of each sheet the validation and format of its first and last rows. */
function describeWorkbook(workbook) {
  const sheets = [];
  workbook.eachSheet((sheet) => {
    const rows = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        values[cell.col - 1] = cellText(cell.value);
      });
      if (values.some((value) => value !== '' && value !== undefined)) rows.push({ row: row.number, values: Array.from(values, (value) => value || '') });
    });
    const columns = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const first = sheet.getCell(2, column);
      const last = sheet.getCell(sheet.rowCount, column);
      columns.push({
        column,
        validation: first.dataValidation || null,
        lastValidation: last.dataValidation || null,
        numFmt: first.numFmt || null,
      });
    }
    sheets.push({ name: sheet.name, rowCount: sheet.rowCount, rows, columns });
  });
  return sheets;
}

async function readWorkbookContent(source) {
  const workbook = new ExcelJS.Workbook();
  if (Buffer.isBuffer(source)) await workbook.xlsx.load(source);
  else await workbook.xlsx.readFile(source);
  return describeWorkbook(workbook);
}

module.exports = { describeWorkbook, readWorkbookContent };
