import { applyDecorators, Type } from '@nestjs/common';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';

/** Documents the simple-rest list parameters and the Content-Range answer header in OpenAPI. */
export function ApiSimpleRestList(resource: string, item: Type<unknown>, sortable: readonly string[], filterable: readonly string[]) {
  return applyDecorators(
    ApiQuery({ name: 'sort', required: false, description: `JSON ["champ","ASC|DESC"] ; champs : ${sortable.join(', ')}`, example: `["${sortable[0]}","ASC"]` }),
    ApiQuery({ name: 'range', required: false, description: 'JSON [début,fin], bornes incluses', example: '[0,24]' }),
    ApiQuery({ name: 'filter', required: false, description: `Objet JSON ; clés : ${filterable.join(', ')}`, example: '{"q":"texte"}' }),
    ApiOkResponse({
      type: item,
      isArray: true,
      headers: { 'Content-Range': { description: `« ${resource} début-fin/total »`, schema: { type: 'string' } } },
    }),
  );
}
