import type { Response } from 'express';

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Sends a page the way ra-data-simple-rest expects: the array as body and `Content-Range: <resource> <start>-<end>/<total>`,
 * exposed to cross-origin clients.
 */
export function sendPage<T>(response: Response, resource: string, offset: number, page: Page<T>): T[] {
  const end = page.items.length === 0 ? offset : offset + page.items.length - 1;
  response.setHeader('Content-Range', `${resource} ${offset}-${end}/${page.total}`);
  response.setHeader('Access-Control-Expose-Headers', 'Content-Range');
  return page.items;
}
