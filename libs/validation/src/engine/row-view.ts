import type { RowView } from '../core/contracts';
import type { ColumnPlan } from './header';

/** The one RowView custom checks see, re-pointed at each row (no allocation per row). */
export class CurrentRow implements RowView {
  rowNumber = 0;
  cells: string[] = [];
  private readonly columnOf = new Map<string, number>();

  constructor(
    private readonly columns: ColumnPlan[],
    private readonly values: unknown[],
    private readonly valid: Uint8Array,
  ) {
    columns.forEach((column, index) => {
      if (column.field !== null) this.columnOf.set(column.field.name, index);
    });
  }

  value(fieldName: string): unknown {
    const index = this.columnOf.get(fieldName);
    if (index === undefined) return null;
    const value = this.values[index];
    const toPublic = this.columns[index].field?.type.toPublic;
    return value === null || value === undefined || !toPublic ? (value ?? null) : toPublic(value);
  }

  raw(fieldName: string): string {
    const index = this.columnOf.get(fieldName);
    if (index === undefined) return '';
    return this.cells[this.columns[index].sourceIndex] ?? '';
  }

  fieldNumber(fieldName: string): number {
    const index = this.columnOf.get(fieldName);
    return index === undefined ? 0 : this.columns[index].fieldNumber;
  }

  isValid(fieldName: string): boolean {
    const index = this.columnOf.get(fieldName);
    return index !== undefined && this.valid[index] === 1;
  }

  fieldNames(): string[] {
    return [...this.columnOf.keys()];
  }

  has(fieldName: string): boolean {
    return this.columnOf.has(fieldName);
  }

  toRecord(): Record<string, unknown> {
    const record: Record<string, unknown> = {};
    for (const name of this.columnOf.keys()) record[name] = this.value(name);
    return record;
  }
}
