import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** `column IN (…)` that stays valid SQL for an empty list (which matches nothing). */
export function whereIn<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, column: string, values: readonly string[]): SelectQueryBuilder<T> {
  if (values.length === 0) return builder.andWhere('1 = 0');
  const parameter = `in_${column.replace(/\W/g, '_')}`;
  return builder.andWhere(`${column} IN (:...${parameter})`, { [parameter]: values });
}
