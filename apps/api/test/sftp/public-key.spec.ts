import { createHash } from 'crypto';
import { utils } from 'ssh2';
import { parseAuthorizedKey, UnacceptableKeyError } from '../../src/sftp/accounts/public-key';
import { generateEd25519KeyPair } from '../../src/sftp/server/host-key';

describe('Clés publiques des comptes SFTP', () => {
  it('accepte Ed25519 et RSA 3072, avec l’empreinte SHA256 que donne ssh-keygen -l', () => {
    const ed25519 = generateEd25519KeyPair('export@ministere').public;
    const parsed = parseAuthorizedKey(`  ${ed25519}\n`);
    const blob = Buffer.from(ed25519.split(' ')[1], 'base64');
    expect(parsed).toEqual({
      type: 'ssh-ed25519',
      line: `ssh-ed25519 ${blob.toString('base64')}`,
      fingerprint: `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`,
    });
    expect(parseAuthorizedKey(utils.generateKeyPairSync('rsa', { bits: 3072 }).public).type).toBe('ssh-rsa');
  });

  it.each([
    ['une clé RSA de 2048 bits', () => utils.generateKeyPairSync('rsa', { bits: 2048 }).public, /Clé RSA de 2048 bits refusée/],
    ['une clé ECDSA', () => utils.generateKeyPairSync('ecdsa', { bits: 384 }).public, /Type de clé « ecdsa-sha2-nistp384 » refusé/],
    ['une clé privée', () => generateEd25519KeyPair().private, /clé privée/],
    ['du texte', () => 'ssh-ed25519 pas-une-cle', /Clé publique illisible/],
  ])('refuse %s, en disant pourquoi', (_what, key, message) => {
    expect(() => parseAuthorizedKey(key())).toThrow(UnacceptableKeyError);
    expect(() => parseAuthorizedKey(key())).toThrow(message);
  });
});
