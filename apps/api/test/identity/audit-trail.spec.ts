import { DataSource } from 'typeorm';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { AuditEventRepository } from '../../src/audit/audit-event.repository';
import { AuditService, SYSTEM_ACTOR } from '../../src/audit/audit.service';
import { Principal } from '../../src/identity/principal';
import { startTestApp, TestApp } from './test-app';

jest.setTimeout(60_000);

describe('Audit trail', () => {
  let api: TestApp;
  let audit: AuditService;

  beforeAll(async () => {
    api = await startTestApp('sqlite');
    audit = api.app.get(AuditService);
  });
  afterAll(() => api.close());

  it('is append-only: its repository can add and read, nothing else', () => {
    const methods = Object.getOwnPropertyNames(AuditEventRepository.prototype).filter((name) => name !== 'constructor');
    expect(methods.sort()).toEqual(['append', 'findPage']);
  });

  it('derives the channel and the organisation from the actor', async () => {
    const token: Principal = { kind: 'api-token', source: 'api-token', id: 't-1', name: 'Flux SIRH', roles: [], organizationIds: ['org-1'], scopes: ['submissions:write'] };
    const person: Principal = { kind: 'user', source: 'keycloak', id: 'sub-1', name: 'camille', roles: [], organizationIds: ['org-1', 'org-2'], scopes: [] };
    const byToken = await audit.record({ action: 'submission.created', actor: token, ip: '192.0.2.1', target: { type: 'submission', id: 's-1' } });
    const byPerson = await audit.record({ action: 'submission.created', actor: person });
    const bySftp = await audit.record({ action: 'submission.created', actor: person, channel: 'sftp', organizationId: 'org-2', details: { file: 'sites.csv' } });
    const bySystem = await audit.record({ action: 'publication.published', actor: SYSTEM_ACTOR });
    expect(byToken).toMatchObject({ channel: 'api', actorType: 'api-token', actorName: 'Flux SIRH', organizationId: 'org-1', ip: '192.0.2.1', targetId: 's-1' });
    expect(byPerson).toMatchObject({ channel: 'web', actorType: 'user', organizationId: null });
    expect(bySftp).toMatchObject({ channel: 'sftp', organizationId: 'org-2' });
    expect(bySystem).toMatchObject({ channel: 'system', actorType: 'system', actorId: null });
    const stored = await api.app.get(DataSource).getRepository(AuditEvent).findOneByOrFail({ id: bySftp.id });
    expect(stored.details).toEqual({ file: 'sites.csv' });
  });
});
