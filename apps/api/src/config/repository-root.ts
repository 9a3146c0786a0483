import fs from 'fs';
import path from 'path';

/** The monorepo root (where nx.json lives), found from this file whether it runs from sources or from dist/. */
export function findRepositoryRoot(start: string = __dirname): string {
  let current = start;
  while (!fs.existsSync(path.join(current, 'nx.json'))) {
    const parent = path.dirname(current);
    if (parent === current) return process.cwd();
    current = parent;
  }
  return current;
}
