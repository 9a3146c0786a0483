import { Module } from '@nestjs/common';
import { SchemaCatalogController } from './schema-catalog.controller';
import { SchemaCatalogService } from './schema-catalog.service';

@Module({
  controllers: [SchemaCatalogController],
  providers: [SchemaCatalogService],
  exports: [SchemaCatalogService],
})
export class SchemaCatalogModule {}
