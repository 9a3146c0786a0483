import { Inject, Injectable } from '@nestjs/common';
import fs from 'fs';
import path from 'path';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { SchemaCatalogService } from '../schema-catalog/schema-catalog.service';

export interface SchemaField {
  name: string;
}

export interface SchemaDescriptor {
  fields: SchemaField[];
  [key: string]: unknown;
}

/** The Table Schema of a published schema version, as the validation engine and the mapping check read it. */
@Injectable()
export class SchemaDescriptors {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: SchemaCatalogService,
  ) {}

  load(name: string, version: string): SchemaDescriptor {
    const resolved = this.catalog.resolveVersion(name, version);
    const entry = this.catalog.list().find((schema) => schema.name === name)?.versions.find((candidate) => candidate.version === resolved);
    const file = path.join(this.config.schemasDirectory, entry?.path ?? `${name}/${resolved}/schema.json`);
    return JSON.parse(fs.readFileSync(file, 'utf8')) as SchemaDescriptor;
  }
}
