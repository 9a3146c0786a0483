import { DynamicModule, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import fs from 'fs';
import path from 'path';
import { AuditModule } from './audit/audit.module';
import { GracefulShutdown } from './common/graceful-shutdown';
import { AppConfig } from './config/app.config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DatasetsModule } from './datasets/datasets.module';
import { HealthModule } from './health/health.module';
import { IdentityModule } from './identity/identity.module';
import { JobsModule } from './jobs/jobs.module';
import { ObservabilityModule } from './observability/observability.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { PublicationModule } from './publication/publication.module';
import { ReviewModule } from './review/review.module';
import { SchemaCatalogModule } from './schema-catalog/schema-catalog.module';
import { SftpModule } from './sftp/sftp.module';
import { SitesModule } from './sites/sites.module';
import { StorageModule } from './storage/storage.module';
import { SubmissionsModule } from './submissions/submissions.module';
import { ValidationModule } from './validation/validation.module';

export interface AppRole {
  /** The API runs jobs when its configuration says so; a worker process always does. */
  processesJobs: boolean;
  /** The worker has no HTTP server to serve the web app from. */
  servesWeb: boolean;
  /** Runs the SFTP drop box's SSH server: the embedded API (SFTP_ENABLED) or `sftp.ts`; its accounts API is always there. */
  servesSftp?: boolean;
}

export function webBuildPresent(config: AppConfig): boolean {
  return fs.existsSync(path.join(config.webDirectory, 'index.html'));
}

/** The web app's built files at `/`, any unknown non-API path answering index.html for the client-side router. */
function webApp(config: AppConfig): DynamicModule[] {
  if (!webBuildPresent(config)) return [];
  return [ServeStaticModule.forRoot({ rootPath: config.webDirectory, exclude: ['/api/{*path}'] })];
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, role: AppRole): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        JobsModule.forRoot(role.processesJobs),
        StorageModule,
        ObservabilityModule,
        AuditModule,
        IdentityModule,
        HealthModule,
        SchemaCatalogModule,
        OrganizationsModule,
        DatasetsModule,
        SubmissionsModule,
        ValidationModule,
        ReviewModule,
        PublicationModule,
        SitesModule,
        SftpModule.forRoot({ listen: role.servesSftp ?? false }),
        ...(role.servesWeb ? webApp(config) : []),
      ],
      providers: [GracefulShutdown],
    };
  }
}
