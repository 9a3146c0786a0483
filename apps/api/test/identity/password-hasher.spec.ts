import { DEFAULT_SCRYPT_COST, PasswordHasher } from '../../src/identity/passwords/password-hasher';

describe('PasswordHasher (scrypt)', () => {
  const hasher = new PasswordHasher();

  it('uses at least the OWASP scrypt cost by default', () => {
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 1 });
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const encoded = await hasher.hash('correct horse battery staple');
    expect(encoded).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await expect(hasher.verify('correct horse battery staple', encoded)).resolves.toBe(true);
    await expect(hasher.verify('correct horse battery stapl', encoded)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    const [first, second] = await Promise.all([hasher.hash('mot de passe identique'), hasher.hash('mot de passe identique')]);
    expect(first).not.toBe(second);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const encoded = await hasher.hash('Été\u0301 à Besançon 2026'.normalize('NFC'));
    await expect(hasher.verify('Été\u0301 à Besançon 2026'.normalize('NFD'), encoded)).resolves.toBe(true);
  });

  it('verifies hashes made with another cost, read from the hash itself', async () => {
    const cheap = await new PasswordHasher({ N: 1024, r: 8, p: 1 }).hash('ancien mot de passe');
    await expect(hasher.verify('ancien mot de passe', cheap)).resolves.toBe(true);
  });

  it('refuses a malformed stored hash instead of throwing', async () => {
    await expect(hasher.verify('x', 'md5$abc')).resolves.toBe(false);
    await expect(hasher.verify('x', 'scrypt$0$8$1$a$b')).resolves.toBe(false);
  });
});
