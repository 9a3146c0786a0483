import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatasetsModule } from '../datasets/datasets.module';
import { SchemaCatalogModule } from '../schema-catalog/schema-catalog.module';
import { SchemaDescriptors } from '../validation/schema-descriptors';
import { Submission } from './entities/submission.entity';
import { SubmissionArtifacts } from './submission-artifacts';
import { SubmissionReports } from './submission-reports';
import { SubmissionRepository } from './submission.repository';
import { SubmissionTransitions } from './submission-transitions';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { UploadReceiver } from './upload-receiver';

@Module({
  imports: [TypeOrmModule.forFeature([Submission]), DatasetsModule, SchemaCatalogModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService, SubmissionRepository, SubmissionTransitions, SubmissionArtifacts, SubmissionReports, SchemaDescriptors, UploadReceiver],
  exports: [SubmissionsService, SubmissionRepository, SubmissionTransitions, SubmissionArtifacts, SchemaDescriptors, DatasetsModule],
})
export class SubmissionsModule {}
