import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Authenticated, Public } from '../access.decorators';
import { ClientIp, CurrentPrincipal } from '../current-principal.decorator';
import { Principal } from '../principal';
import { AuthSettingsDto, ChangePasswordDto, LoginDto, LoginResponseDto, MeDto } from './auth.dto';
import { AuthService, TooManyLoginAttemptsException } from './auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Get('config')
  @Public()
  @ApiOkResponse({ type: AuthSettingsDto })
  settings(): AuthSettingsDto {
    return this.auth.settings();
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Trop d’échecs récents ; l’en-tête Retry-After donne l’attente en secondes' })
  login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponseDto> {
    return withRetryAfter(response, () => this.auth.login(body.username, body.password, clientIp(request)));
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Le jeton présenté est révoqué jusqu’à son expiration' })
  logout(@CurrentPrincipal() principal: Principal, @ClientIp() ip: string | null): Promise<void> {
    return this.auth.logout({ principal, ip });
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MeDto })
  me(@CurrentPrincipal() principal: Principal): MeDto {
    return MeDto.of(principal);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'Mot de passe changé' })
  changePassword(
    @Body() body: ChangePasswordDto,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    return withRetryAfter(response, () => this.auth.changePassword(body.currentPassword, body.newPassword, { principal, ip: clientIp(request) }));
  }
}

function clientIp(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'inconnue';
}

async function withRetryAfter<T>(response: Response, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof TooManyLoginAttemptsException) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    throw error;
  }
}
