import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app.config';
import { APP_CONFIG } from '../config/config.module';
import { Dataset } from '../datasets/entities/dataset.entity';
import { OrganizationDirectory } from '../identity/organization-directory';
import { LoginThrottle } from '../identity/login/login-throttle';
import { PasswordHasher } from '../identity/passwords/password-hasher';
import { Organization } from '../organizations/entities/organization.entity';
import { Submission } from '../submissions/entities/submission.entity';
import { SubmissionsModule } from '../submissions/submissions.module';
import { SftpAccountRepository } from './accounts/sftp-account.repository';
import { SftpAccountsController } from './accounts/sftp-accounts.controller';
import { SftpAccountsService } from './accounts/sftp-accounts.service';
import { SftpAccount } from './entities/sftp-account.entity';
import { DropBox } from './server/drop-box';
import { InboxStore } from './server/inbox-store';
import { Outbox } from './server/outbox';
import { SFTP_LOGIN_THROTTLE, SftpAuthenticator } from './server/sftp-authenticator';
import { SFTP_LISTENS, SftpServer } from './server/sftp-server';
import { UsageLimits } from './server/usage-limits';

/**
 * The SFTP drop box: accounts managed over HTTP (always), and the SSH server itself where this process serves it
 * (`listen`: the embedded API when SFTP_ENABLED, or `sftp.ts`).
 */
@Module({})
export class SftpModule {
  static forRoot(options: { listen: boolean }): DynamicModule {
    return {
      module: SftpModule,
      imports: [TypeOrmModule.forFeature([SftpAccount, Organization, Dataset, Submission]), SubmissionsModule],
      controllers: [SftpAccountsController],
      providers: [
        { provide: SFTP_LISTENS, useValue: options.listen },
        { provide: SFTP_LOGIN_THROTTLE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LoginThrottle(config.identity.loginThrottle) },
        {
          provide: UsageLimits,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => new UsageLimits({ maxFilesPerHour: config.sftp.maxFilesPerHour, maxSessionsPerAccount: config.sftp.maxSessionsPerAccount }),
        },
        { provide: PasswordHasher, useValue: new PasswordHasher() },
        OrganizationDirectory,
        SftpAccountRepository,
        SftpAccountsService,
        SftpAuthenticator,
        InboxStore,
        Outbox,
        DropBox,
        SftpServer,
      ],
      exports: [SftpServer],
    };
  }
}
