import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import { resolveLocalTokenSecret } from '../../src/identity/authentication/local-token-secret';
import { LOCAL_TOKEN_AUDIENCE, LocalTokenService } from '../../src/identity/authentication/local-token.service';

const SECRET = 'a-test-secret-that-is-long-enough-for-hs256';

describe('LocalTokenService', () => {
  it('issues a token it verifies, with the maillage-local issuer', async () => {
    const service = new LocalTokenService(SECRET, 900);
    const issued = await service.issue('user-1', 'alice');
    const claims = await service.verify(issued.accessToken);
    expect(claims).toMatchObject({ userId: 'user-1', tokenId: issued.tokenId });
    expect(claims.expiresAt.getTime()).toBe(issued.expiresAt.getTime());
    expect(JSON.parse(Buffer.from(issued.accessToken.split('.')[1], 'base64url').toString()).iss).toBe('maillage-local');
  });

  it('refuses a token signed with another secret', async () => {
    const issued = await new LocalTokenService(`${SECRET}-other`, 900).issue('user-1', 'alice');
    await expect(new LocalTokenService(SECRET, 900).verify(issued.accessToken)).rejects.toThrow();
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('maillage-local')
      .setAudience(LOCAL_TOKEN_AUDIENCE)
      .setSubject('user-1')
      .setJti('t')
      .setIssuedAt(now - 1000)
      .setExpirationTime(now - 100)
      .sign(new TextEncoder().encode(SECRET));
    await expect(new LocalTokenService(SECRET, 900).verify(expired)).rejects.toThrow(/"exp"/);
  });
});

describe('resolveLocalTokenSecret', () => {
  it('prefers the configured secret', () => {
    expect(resolveLocalTokenSecret(SECRET, '/nonexistent')).toBe(SECRET);
  });

  it('generates a secret once, private to its owner, and keeps it across restarts', () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-secret-'));
    const first = resolveLocalTokenSecret(null, directory);
    expect(first.length).toBeGreaterThanOrEqual(64);
    expect(fs.statSync(path.join(directory, 'auth-jwt-secret')).mode & 0o777).toBe(0o600);
    expect(resolveLocalTokenSecret(null, directory)).toBe(first);
  });
});
