import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity';
import { AuditEventRepository } from './audit-event.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every context records events through AuditService without importing this module. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditEventRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
