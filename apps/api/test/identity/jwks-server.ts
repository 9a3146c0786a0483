import http from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

/** A Keycloak realm stand-in on 127.0.0.1: serves `<issuer>/protocol/openid-connect/certs` and counts the fetches. */
export class JwksServer {
  readonly published: SigningKey[] = [];
  fetchCount = 0;
  private server?: http.Server;
  private baseUrl = '';

  get issuer(): string {
    return `${this.baseUrl}/realms/maillage`;
  }

  async start(): Promise<void> {
    const server = http.createServer((request, response) => {
      if (request.url !== '/realms/maillage/protocol/openid-connect/certs') {
        response.writeHead(404).end();
        return;
      }
      this.fetchCount += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: this.published.map((key) => key.publicJwk) }));
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server?.close((error) => (error ? reject(error) : resolve())));
  }

  publish(key: SigningKey): void {
    this.published.push(key);
  }
}

export interface KeycloakTokenOptions {
  key: SigningKey;
  issuer: string;
  audience?: string | string[];
  subject?: string;
  expiresIn?: string | number;
  claims?: Record<string, unknown>;
}

/** Shaped like a Keycloak access token: realm_access, resource_access, preferred_username, azp. */
export function signKeycloakToken(options: KeycloakTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ typ: 'Bearer', azp: 'maillage-web', preferred_username: 'camille.martin', ...options.claims })
    .setProtectedHeader({ alg: 'RS256', kid: options.key.kid, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setAudience(options.audience ?? 'maillage-api')
    .setSubject(options.subject ?? '6f1c2a8e-0b3d-4c5e-9a7f-123456789abc')
    .setIssuedAt(now)
    .setExpirationTime(options.expiresIn ?? now + 300)
    .setJti(`${now}-${Math.random()}`)
    .sign(options.key.privateKey);
}
