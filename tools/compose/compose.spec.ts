import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fs from 'fs';
import path from 'path';
import YAML from 'yaml';
import {
  bindMountSources,
  contextCopySources,
  dependencyNames,
  dockerfileOf,
  environmentOf,
  existsFrom,
  interpolatedVariables,
  type ComposeFile,
} from './compose-checks';

const repoRoot = path.resolve(__dirname, '../..');
const composeSpecPath = path.resolve(__dirname, '../../../shared/specs/compose-spec.json');
const composeText = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');
// Compose resolves YAML merge keys (`<<: *anchor`), which YAML 1.2 parsers leave alone unless asked.
const compose = YAML.parse(composeText, { merge: true }) as ComposeFile;
const services = compose.services;

const describeWithSpec = fs.existsSync(composeSpecPath) ? describe : describe.skip;
if (!fs.existsSync(composeSpecPath)) {
  console.warn(`${composeSpecPath} absent : validation de docker-compose.yml par le schéma Compose ignorée.`);
}

describeWithSpec('docker-compose.yml et le schéma Compose', () => {
  it('respecte la spécification Compose (draft-07)', () => {
    const schema = JSON.parse(fs.readFileSync(composeSpecPath, 'utf8'));
    // Ajv knows draft-07 as http://json-schema.org/draft-07/schema#; the file names it with https and no fragment.
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(compose);
    expect(valid ? [] : ajv.errorsText(validate.errors, { separator: '\n' }).split('\n')).toEqual([]);
  });
});

describe('docker-compose.yml : cohérence', () => {
  it("contient tous les services de l'issue 2", () => {
    for (const name of ['postgres', 'redis', 'minio', 'minio-init', 'keycloak', 'api', 'worker', 'sftp', 'web']) {
      expect(Object.keys(services)).toContain(name);
    }
  });

  it('ne dépend que de services déclarés', () => {
    const unknown = Object.entries(services).flatMap(([name, service]) =>
      dependencyNames(service)
        .filter((target) => !(target in services))
        .map((target) => `${name} → ${target}`),
    );
    expect(unknown).toEqual([]);
  });

  it('référence des Dockerfiles existants, dont les COPY lisent des fichiers du dépôt', () => {
    const built = Object.entries(services).flatMap(([name, service]) => {
      const build = dockerfileOf(service);
      return build ? [{ name, ...build }] : [];
    });
    expect(built.map(({ name }) => name).sort()).toEqual(['api', 'sftp', 'web', 'worker']);
    for (const { name, context, dockerfile } of built) {
      expect({ service: name, dockerfile, exists: existsFrom(repoRoot, dockerfile) }).toEqual({ service: name, dockerfile, exists: true });
      const missing = contextCopySources(fs.readFileSync(path.join(repoRoot, dockerfile), 'utf8')).filter(
        (source) => source !== '.' && !existsFrom(path.join(repoRoot, context), source),
      );
      expect({ dockerfile, missing }).toEqual({ dockerfile, missing: [] });
    }
  });

  it('monte des fichiers et dossiers présents dans le dépôt', () => {
    const missing = Object.entries(services).flatMap(([name, service]) =>
      bindMountSources(service)
        .filter((source) => !existsFrom(repoRoot, source))
        .map((source) => `${name} : ${source}`),
    );
    expect(missing).toEqual([]);
  });

  it('exige les secrets sans valeur par défaut sûre, tous documentés dans docker/env.example', () => {
    const variables = interpolatedVariables(composeText);
    const required = new Set(variables.filter((variable) => variable.required).map((variable) => variable.name));
    expect([...required].sort()).toEqual(
      ['KEYCLOAK_ADMIN_PASSWORD', 'KEYCLOAK_DB_PASSWORD', 'MAILLAGE_DEMO_PASSWORD', 'MINIO_ROOT_PASSWORD', 'POSTGRES_PASSWORD', 'S3_SECRET_ACCESS_KEY'],
    );
    const example = fs.readFileSync(path.join(repoRoot, 'docker/env.example'), 'utf8');
    const undocumented = [...new Set(variables.map((variable) => variable.name))].filter(
      (name) => !new RegExp(`^#? ?${name}=`, 'm').test(example),
    );
    expect(undocumented).toEqual([]);
  });

  it("configure l'API, les workers et le serveur SFTP à partir de la même image", () => {
    const api = services.api;
    expect(services.worker.image).toBe(api.image);
    expect(services.sftp.image).toBe(api.image);
    expect(services.worker.command).toEqual(['node', 'dist/apps/api/apps/api/src/worker.js']);
    expect(services.worker.deploy?.replicas).toBe(2);
    expect(services.sftp.command).toEqual(['node', 'dist/apps/api/apps/api/src/sftp.js']);
    expect(services.sftp.ports).toContain('${MAILLAGE_SFTP_PORT:-2222}:2222');
    expect(JSON.stringify(api.healthcheck?.test)).toContain('/api/health');
    const environment = environmentOf(api);
    for (const variable of ['DATABASE_URL', 'REDIS_URL', 'S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'KEYCLOAK_ISSUER_URL', 'KEYCLOAK_AUDIENCE', 'PORT']) {
      expect({ variable, set: Boolean(environment[variable]) }).toEqual({ variable, set: true });
    }
    expect(environment).toMatchObject({ AUTH_MODE: 'keycloak', NODE_ENV: 'production' });
    expect(services.api.depends_on).toMatchObject({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
      'minio-init': { condition: 'service_completed_successfully' },
    });
  });

  it("fait pointer l'API et nginx vers le Keycloak servi sous /auth", () => {
    const keycloak = environmentOf(services.keycloak);
    const api = environmentOf(services.api);
    const realm = JSON.parse(fs.readFileSync(path.join(repoRoot, 'keycloak/realm-maillage.json'), 'utf8'));
    expect(keycloak.KC_HTTP_RELATIVE_PATH).toBe('/auth');
    expect(keycloak.KC_HOSTNAME).toBe(`${api.KEYCLOAK_ISSUER_URL.replace(/\/realms\/[^/]+$/, '')}`);
    expect(api.KEYCLOAK_ISSUER_URL).toMatch(new RegExp(`/auth/realms/${realm.realm}$`));
    expect(realm.clients.map((client: { clientId: string }) => client.clientId)).toContain(api.KEYCLOAK_AUDIENCE);
    const nginx = fs.readFileSync(path.join(repoRoot, 'docker/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/location \/auth\/ \{\s+proxy_pass http:\/\/keycloak:8080;/);
    expect(nginx).toMatch(/location \/api\/ \{\s+proxy_pass http:\/\/api:3000;/);
  });
});

describe('keycloak/realm-maillage.json', () => {
  const realm = JSON.parse(fs.readFileSync(path.join(repoRoot, 'keycloak/realm-maillage.json'), 'utf8'));
  const client = (clientId: string) => realm.clients.find((candidate: { clientId: string }) => candidate.clientId === clientId);
  const groupPaths = (groups: Array<{ name: string; subGroups?: unknown[] }>, parent = ''): string[] =>
    groups.flatMap((group) => [`${parent}/${group.name}`, ...groupPaths((group.subGroups ?? []) as typeof groups, `${parent}/${group.name}`)]);

  it('déclare le royaume maillage et ses trois rôles', () => {
    expect(realm.realm).toBe('maillage');
    expect(realm.roles.realm.map((role: { name: string }) => role.name).sort()).toEqual(['admin', 'producer', 'reviewer']);
  });

  it('ouvre un client web public avec PKCE S256 dont les jetons visent maillage-api', () => {
    const web = client('maillage-web');
    expect(web).toMatchObject({ publicClient: true, standardFlowEnabled: true, implicitFlowEnabled: false, directAccessGrantsEnabled: false });
    expect(web.attributes['pkce.code.challenge.method']).toBe('S256');
    expect(web.redirectUris).toEqual(expect.arrayContaining(['${MAILLAGE_PUBLIC_URL}/*', 'http://localhost:4200/*']));
    const mapper = (type: string) => web.protocolMappers.find((candidate: { protocolMapper: string }) => candidate.protocolMapper === type);
    expect(mapper('oidc-audience-mapper').config).toMatchObject({ 'included.client.audience': 'maillage-api', 'access.token.claim': 'true' });
    expect(mapper('oidc-group-membership-mapper').config).toMatchObject({ 'claim.name': 'organisations', 'full.path': 'true', 'access.token.claim': 'true' });
  });

  it("déclare l'API comme client porteur seulement", () => {
    expect(client('maillage-api')).toMatchObject({ bearerOnly: true, publicClient: false, standardFlowEnabled: false });
  });

  it('range les organisations de démonstration sous /organisations', () => {
    expect(groupPaths(realm.groups)).toEqual(expect.arrayContaining(['/organisations/demo-poste', '/organisations/demo-anct']));
  });

  it('fournit un compte de démonstration par rôle, au mot de passe temporaire et aux groupes existants', () => {
    const paths = groupPaths(realm.groups);
    for (const role of ['producer', 'reviewer', 'admin']) {
      const users = realm.users.filter((user: { realmRoles: string[] }) => user.realmRoles.includes(role));
      expect({ role, count: users.length }).toEqual({ role, count: 1 });
    }
    for (const user of realm.users) {
      expect(user.credentials).toEqual([expect.objectContaining({ type: 'password', temporary: true })]);
      expect(user.groups.filter((group: string) => !paths.includes(group))).toEqual([]);
    }
  });

  it('ne laisse aucun paramètre ${…} que le service keycloak ne définit pas', () => {
    const keycloak = environmentOf(services.keycloak);
    const placeholders = [...new Set(interpolatedVariables(JSON.stringify(realm)).map((variable) => variable.name))];
    expect(placeholders.filter((name) => !(name in keycloak))).toEqual([]);
  });
});
