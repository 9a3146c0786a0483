import { Body, Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendPage } from '../../common/simple-rest';
import { Role, Roles } from '../../identity/access.decorators';
import { ClientIp, CurrentPrincipal } from '../../identity/current-principal.decorator';
import { Principal } from '../../identity/principal';
import { CreateSftpAccountDto, SftpAccountDto } from '../dtos/sftp-account.dto';
import { SftpAccountsService } from './sftp-accounts.service';

@ApiTags('sftp-accounts')
@ApiBearerAuth()
@Controller('organizations/:organizationId/sftp-accounts')
@Roles(Role.Admin, Role.Producer)
export class SftpAccountsController {
  constructor(private readonly accounts: SftpAccountsService) {}

  @Post()
  @ApiCreatedResponse({ type: SftpAccountDto })
  async create(
    @Param('organizationId') organizationId: string,
    @Body() body: CreateSftpAccountDto,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<SftpAccountDto> {
    return SftpAccountDto.of(await this.accounts.create(organizationId, body, { principal, ip }));
  }

  @Get()
  @ApiOkResponse({ type: SftpAccountDto, isArray: true })
  async list(
    @Param('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SftpAccountDto[]> {
    const accounts = await this.accounts.list(organizationId, principal);
    return sendPage(response, 'sftp-accounts', 0, { items: accounts.map(SftpAccountDto.of), total: accounts.length });
  }

  @Delete(':accountId')
  @ApiOkResponse({ type: SftpAccountDto, description: 'Le compte désactivé' })
  async disable(
    @Param('organizationId') organizationId: string,
    @Param('accountId') accountId: string,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<SftpAccountDto> {
    return SftpAccountDto.of(await this.accounts.disable(organizationId, accountId, { principal, ip }));
  }
}
