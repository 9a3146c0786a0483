import { Body, Controller, Delete, Get, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { sendPage } from '../../common/simple-rest';
import { Role, Roles } from '../access.decorators';
import { ClientIp, CurrentPrincipal } from '../current-principal.decorator';
import { Principal } from '../principal';
import { ApiTokenDto, CreateApiTokenDto, CreatedApiTokenDto } from './api-token.dto';
import { ApiTokensService } from './api-tokens.service';


@ApiTags('api-tokens')
@ApiBearerAuth()
@Controller('organizations/:organizationId/api-tokens')
@Roles(Role.Admin, Role.Producer)
export class ApiTokensController {
  constructor(private readonly tokens: ApiTokensService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedApiTokenDto, description: 'Le jeton n’est affiché qu’une fois' })
  async create(
    @Param('organizationId') organizationId: string,
    @Body() body: CreateApiTokenDto,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<CreatedApiTokenDto> {
    const { token, secret } = await this.tokens.create(organizationId, body, { principal, ip });
    return Object.assign(new CreatedApiTokenDto(), ApiTokenDto.of(token), { token: secret });
  }

  @Get()
  @ApiOkResponse({ type: ApiTokenDto, isArray: true })
  async list(
    @Param('organizationId') organizationId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ApiTokenDto[]> {
    const tokens = await this.tokens.list(organizationId, principal);
    return sendPage(response, 'api-tokens', 0, { items: tokens.map(ApiTokenDto.of), total: tokens.length });
  }

  @Delete(':tokenId')
  @ApiOkResponse({ type: ApiTokenDto, description: 'Le jeton révoqué' })
  async revoke(
    @Param('organizationId') organizationId: string,
    @Param('tokenId') tokenId: string,
    @CurrentPrincipal() principal: Principal,
    @ClientIp() ip: string | null,
  ): Promise<ApiTokenDto> {
    return ApiTokenDto.of(await this.tokens.revoke(organizationId, tokenId, { principal, ip }));
  }
}
