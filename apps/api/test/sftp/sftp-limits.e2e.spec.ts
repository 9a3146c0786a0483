import fs from 'fs';
import path from 'path';
import { utils } from 'ssh2';
import { waitFor } from '../support/wait-for';
import { auditEvents, bearer, createOrganisation, Organisation, SftpTestApp, startSftpTestApp, submissionsOf } from './support/sftp-test-app';
import { connect, refusal, sftpCalls, SftpConnection } from './support/ssh-client';

const { STATUS_CODE } = utils.sftp;
const PASSWORD = 'mot-de-passe-des-limites';

jest.setTimeout(120_000);

describe('Dépôt SFTP : limites (taille, fichiers par heure, sessions, connexions échouées)', () => {
  let test: SftpTestApp;
  let organisation: Organisation;
  const open: SftpConnection[] = [];

  const session = async (username: string) => {
    const connection = await connect(test.port, { username, password: PASSWORD });
    open.push(connection);
    return { ...connection, ...sftpCalls(connection.sftp) };
  };

  beforeAll(async () => {
    test = await startSftpTestApp({
      SFTP_MAX_FILE_BYTES: '4096',
      SFTP_MAX_FILES_PER_HOUR: '2',
      SFTP_MAX_SESSIONS_PER_ACCOUNT: '1',
      AUTH_LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      AUTH_LOGIN_MAX_FAILURES_PER_IP: '6',
    });
    organisation = await createOrganisation(test, 'Direction générale des finances publiques', 'Centres des finances publiques', 'producteur.dgfip');
    for (const username of ['taille', 'quota', 'sessions', 'cible', 'temoin']) {
      await test.http().post(`/api/organizations/${organisation.id}/sftp-accounts`).set(bearer(organisation.producerToken)).send({ username, password: PASSWORD }).expect(201);
    }
  });

  afterEach(() => {
    for (const connection of open.splice(0)) connection.end();
  });

  afterAll(async () => {
    await test?.close();
  });

  const limitEvents = async (limit: string) => (await auditEvents(test, 'sftp.limit.exceeded')).filter((event) => event.details?.limit === limit);

  it('refuse un fichier plus gros que SFTP_MAX_FILE_BYTES, sans soumission ni fichier restant', async () => {
    const slug = organisation.datasetSlug;
    const calls = await session('taille');
    const error = await refusal(calls.writeFile(`/${slug}/inbox/trop-gros.csv`, Buffer.alloc(5000, 'a')));
    expect(error.code).toBe(STATUS_CODE.FAILURE);
    expect(error.message).toMatch(/^Fichier trop volumineux : 4 Ko au maximum \(SFTP_MAX_FILE_BYTES\)/);
    await calls.writeFile(`/${slug}/inbox/juste.csv`, Buffer.from('id_site\n'.padEnd(4096, 'x')));
    expect((await submissionsOf(test, organisation)).map((submission) => submission.fileName)).toEqual(['juste.csv']);
    expect(fs.readdirSync(path.join(test.config.sftp.directory, 'uploads'))).toEqual([]);
    expect(await limitEvents('file-size')).toEqual([expect.objectContaining({ channel: 'sftp', actorType: 'sftp-account', actorName: 'taille', organizationId: organisation.id })]);
  });

  it('refuse le fichier de trop dans l’heure (SFTP_MAX_FILES_PER_HOUR), dès son ouverture', async () => {
    const slug = organisation.datasetSlug;
    const calls = await session('quota');
    await calls.writeFile(`/${slug}/inbox/premier.csv`, 'id_site\n1\n');
    await calls.writeFile(`/${slug}/inbox/en-attente.csv.part`, 'id_site\n4\n');
    await calls.writeFile(`/${slug}/inbox/deuxieme.csv`, 'id_site\n2\n');
    const third = await refusal(calls.writeFile(`/${slug}/inbox/troisieme.csv`, 'id_site\n3\n'));
    expect(third.code).toBe(STATUS_CODE.FAILURE);
    expect(third.message).toMatch(/^Limite atteinte : 2 fichiers par heure pour ce compte \(SFTP_MAX_FILES_PER_HOUR\)\. Réessayez dans \d+ minutes?\./);
    const renamed = await refusal(calls.rename(`/${slug}/inbox/en-attente.csv.part`, `/${slug}/inbox/en-attente.csv`));
    expect(renamed.message).toMatch(/^Limite atteinte/);
    expect(await calls.readdir(`/${slug}/inbox`)).toEqual(['en-attente.csv.part']);
    const names = (await submissionsOf(test, organisation)).map((submission) => submission.fileName);
    expect(names).not.toContain('troisieme.csv');
    expect(names).not.toContain('en-attente.csv');
    expect((await limitEvents('files-per-hour'))[0]).toMatchObject({ actorName: 'quota', details: { limit: 'files-per-hour', max: 2 } });
  });

  it('refuse une session de trop (SFTP_MAX_SESSIONS_PER_ACCOUNT) en disant pourquoi, puis l’accepte une fois la première fermée', async () => {
    const first = await session('sessions');
    expect(await first.readdir('/')).toEqual([organisation.datasetSlug]);
    const second = await session('sessions');
    const refused = await refusal(second.readdir('/'));
    expect(refused.code).toBe(STATUS_CODE.FAILURE);
    expect(refused.message).toMatch(/^Trop de sessions simultanées pour ce compte : 1 au maximum/);
    expect((await limitEvents('sessions'))[0]).toMatchObject({ actorName: 'sessions' });
    first.end();
    second.end();
    const third = await waitFor(
      'une session acceptée après fermeture des précédentes',
      async () => {
        const candidate = await session('sessions');
        const listed = await candidate.readdir('/').catch(() => null);
        if (!listed) candidate.end();
        return listed;
      },
      10_000,
    );
    expect(third).toEqual([organisation.datasetSlug]);
  });

  it('bloque un compte après 3 mots de passe faux, même avec le bon ensuite, et l’audite', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(connect(test.port, { username: 'cible', password: 'mauvais-mot-de-passe' })).rejects.toThrow(/authentication methods failed/);
    }
    await expect(connect(test.port, { username: 'cible', password: PASSWORD })).rejects.toThrow(/authentication methods failed/);
    const failures = (await auditEvents(test, 'sftp.login.failed')).filter((event) => event.actorName === 'cible');
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatchObject({ channel: 'sftp', actorType: 'anonymous', ip: expect.stringMatching(/127\.0\.0\.1/), details: { method: 'password', reason: 'wrong-credential' } });
    const successes = await auditEvents(test, 'sftp.login.succeeded');
    expect(successes.length).toBeGreaterThan(0);
    expect(successes.every((event) => event.channel === 'sftp' && event.actorType === 'sftp-account')).toBe(true);
  });

  it('bloque une adresse qui essaie des comptes inconnus, y compris pour un compte valide', async () => {
    for (const username of ['inconnu-1', 'inconnu-2', 'inconnu-3']) {
      await expect(connect(test.port, { username, password: 'devine' })).rejects.toThrow(/authentication methods failed/);
    }
    await expect(connect(test.port, { username: 'temoin', password: PASSWORD })).rejects.toThrow(/authentication methods failed/);
    const unknown = (await auditEvents(test, 'sftp.login.failed')).filter((event) => event.details?.reason === 'unknown-account');
    expect(unknown).toHaveLength(3);
  });
});
