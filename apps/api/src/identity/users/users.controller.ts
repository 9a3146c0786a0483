import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiSimpleRestList, parseListQuery, RawListQuery, sendPage } from '../../common/simple-rest';
import { Role, Roles } from '../access.decorators';
import { ClientIp, CurrentPrincipal } from '../current-principal.decorator';
import { Principal } from '../principal';
import { CreateUserDto, UpdateUserDto, UserDto } from './user.dto';
import { USER_FILTERS, USER_SORTABLE } from './user.repository';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles(Role.Admin)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiSimpleRestList('users', UserDto, USER_SORTABLE, USER_FILTERS)
  async list(@Query() raw: RawListQuery, @Res({ passthrough: true }) response: Response): Promise<UserDto[]> {
    const query = parseListQuery(raw, { sortable: USER_SORTABLE, defaultSort: { field: 'username', order: 'ASC' }, filterable: USER_FILTERS });
    const page = await this.users.list(query);
    return sendPage(response, 'users', query.offset, { items: page.items.map(UserDto.of), total: page.total });
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDto })
  async get(@Param('id') id: string): Promise<UserDto> {
    return UserDto.of(await this.users.get(id));
  }

  @Post()
  @ApiCreatedResponse({ type: UserDto })
  async create(@Body() body: CreateUserDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<UserDto> {
    return UserDto.of(await this.users.create(body, { principal, ip }));
  }

  @Put(':id')
  @ApiOkResponse({ type: UserDto })
  async update(@Param('id') id: string, @Body() body: UpdateUserDto, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<UserDto> {
    return UserDto.of(await this.users.update(id, body, { principal, ip }));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto, description: 'Le compte ne peut plus se connecter ; ses jetons en cours sont refusés' })
  async deactivate(@Param('id') id: string, @CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<UserDto> {
    return UserDto.of(await this.users.deactivate(id, { principal, ip }));
  }
}
