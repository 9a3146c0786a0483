import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { SchemaCatalogModule } from '../schema-catalog/schema-catalog.module';
import { Dataset } from './entities/dataset.entity';
import { DatasetRepository } from './dataset.repository';
import { DatasetsController } from './datasets.controller';
import { DatasetsService } from './datasets.service';

@Module({
  imports: [TypeOrmModule.forFeature([Dataset]), OrganizationsModule, SchemaCatalogModule],
  controllers: [DatasetsController],
  providers: [DatasetsService, DatasetRepository],
  exports: [DatasetsService],
})
export class DatasetsModule {}
