import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { LOCAL_TOKEN_ISSUER } from '../identity.config';

export interface IssuedLocalToken {
  accessToken: string;
  tokenId: string;
  expiresAt: Date;
}

export interface LocalTokenClaims {
  userId: string;
  tokenId: string;
  issuedAt: Date;
  expiresAt: Date;
}

export const LOCAL_TOKEN_AUDIENCE = 'maillage-api';

/** Short-lived HS256 access tokens for local accounts; roles are re-read from the database on every request. */
export class LocalTokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(userId: string, username: string): Promise<IssuedLocalToken> {
    const tokenId = randomUUID();
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = issuedAt + this.ttlSeconds;
    const accessToken = await new SignJWT({ preferred_username: username })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(LOCAL_TOKEN_ISSUER)
      .setAudience(LOCAL_TOKEN_AUDIENCE)
      .setSubject(userId)
      .setJti(tokenId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { accessToken, tokenId, expiresAt: new Date(expiresAt * 1000) };
  }

  /** Throws a jose error when the signature, issuer, audience or expiry does not hold. */
  async verify(token: string): Promise<LocalTokenClaims> {
    const { payload } = await jwtVerify(token, this.key, {
      issuer: LOCAL_TOKEN_ISSUER,
      audience: LOCAL_TOKEN_AUDIENCE,
      algorithms: ['HS256'],
      requiredClaims: ['sub', 'jti', 'exp', 'iat'],
    });
    return {
      userId: payload.sub as string,
      tokenId: payload.jti as string,
      issuedAt: new Date((payload.iat as number) * 1000),
      expiresAt: new Date((payload.exp as number) * 1000),
    };
  }
}
