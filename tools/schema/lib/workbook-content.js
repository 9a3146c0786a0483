// What a workbook says, independent of zip timestamps: what --check and the tests compare.
const ExcelJS = require('exceljs');
const { TEMPLATE_ROWS } = require('./xlsx-template');

function cellText(value) {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((part) => part.text).join('');
  return String(value);
}

/**
 * Sheets in order, every cell value, and per column the format and the validations of the first and last template rows
 * (the template's rows 2 to lastRow carry them).
 */
function describeWorkbook(workbook, lastRow) {
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
      columns.push({
        column,
        validation: sheet.dataValidations.find(sheet.getCell(2, column).address) || null,
        lastValidation: sheet.dataValidations.find(sheet.getCell(lastRow, column).address) || null,
        numFmt: sheet.getColumn(column).numFmt || null,
      });
    }
    sheets.push({ name: sheet.name, rowCount: sheet.rowCount, rows, columns });
  });
  return sheets;
}

async function readWorkbookContent(source, lastRow = TEMPLATE_ROWS + 1) {
  const workbook = new ExcelJS.Workbook();
  if (Buffer.isBuffer(source)) await workbook.xlsx.load(source);
  else await workbook.xlsx.readFile(source);
  return describeWorkbook(workbook, lastRow);
}

module.exports = { describeWorkbook, readWorkbookContent };
