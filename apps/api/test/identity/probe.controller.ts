import { Controller, Get, Param, Post } from '@nestjs/common';
import { DomainErrorCode, DomainException } from '../../src/common/domain.exception';
import { AccessScope } from '../../src/identity/access-scope';
import { Role, Roles, TokenScopes } from '../../src/identity/access.decorators';
import { CurrentAccessScope, CurrentPrincipal } from '../../src/identity/current-principal.decorator';
import { Principal } from '../../src/identity/principal';

/** Routes shaped like the submission routes to come, so the token rules are tested before those routes exist. */
@Controller('probe/organizations/:organizationId/submissions')
export class SubmissionsProbeController {
  @Post()
  @Roles(Role.Producer)
  @TokenScopes('submissions:write')
  submit(@Param('organizationId') organizationId: string, @CurrentAccessScope() scope: AccessScope, @CurrentPrincipal() principal: Principal) {
    if (!scope.canActForOrganization(organizationId)) throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    return { submittedBy: principal.kind, organizationId };
  }

  @Get()
  @Roles(Role.Producer, Role.Reviewer, Role.Admin)
  @TokenScopes('submissions:read')
  list(@Param('organizationId') organizationId: string, @CurrentAccessScope() scope: AccessScope) {
    if (!scope.canReadOrganization(organizationId)) throw new DomainException(DomainErrorCode.OrganizationNotFound, 'Organisation introuvable');
    return [];
  }
}
