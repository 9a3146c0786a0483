import fs from 'fs';
import path from 'path';
import { utils } from 'ssh2';
import { dialectsUnderTest } from '../support/databases';
import { waitFor } from '../support/wait-for';
import { auditEvents, bearer, createOrganisation, Organisation, SftpTestApp, startSftpTestApp, submissionsOf } from './support/sftp-test-app';
import { connect, refusal, sftpCalls, SftpConnection } from './support/ssh-client';
import { generateEd25519KeyPair } from '../../src/sftp/server/host-key';

const { STATUS_CODE } = utils.sftp;
const REPOSITORY = path.resolve(__dirname, '../../../..');
const LAPOSTE_2020 = path.resolve(REPOSITORY, '../shared/data/real/laposte_points_de_contact_2020-12.csv');
const LAPOSTE_MAPPING = path.join(REPOSITORY, 'schemas/sites-publics/1.0.0/mappings/laposte-points-de-contact.mapping.json');
const VALID_EXAMPLE = path.join(REPOSITORY, 'schemas/sites-publics/1.0.0/exemple-valide.csv');
const KEY_PASSWORD = 'mot-de-passe-sftp-de-la-poste';

jest.setTimeout(180_000);

describe.each(dialectsUnderTest('Dépôt SFTP'))('Dépôt SFTP (serveur ssh2, base %s)', (dialect) => {
  let test: SftpTestApp;
  let laPoste: Organisation;
  let other: Organisation;
  const keys = generateEd25519KeyPair('export@laposte');
  const laPosteKey = { username: 'laposte-export', privateKey: keys.private };
  const laPostePassword = { username: 'laposte-nuit', password: KEY_PASSWORD };
  const open: SftpConnection[] = [];

  const session = async (credentials: Parameters<typeof connect>[1]) => {
    const connection = await connect(test.port, credentials);
    open.push(connection);
    return { ...connection, ...sftpCalls(connection.sftp) };
  };

  const reportsOf = async (account: Parameters<typeof connect>[1], slug: string, base: string) => {
    const { readdir, readFile, end } = await session(account);
    try {
      await waitFor(`le rapport ${base}`, async () => (await readdir(`/${slug}/reports`)).includes(`${base}.txt`) && (await readdir(`/${slug}/reports`)).includes(`${base}.json`), 90_000);
      return { json: JSON.parse((await readFile(`/${slug}/reports/${base}.json`)).toString('utf8')), text: (await readFile(`/${slug}/reports/${base}.txt`)).toString('utf8') };
    } finally {
      end();
    }
  };

  beforeAll(async () => {
    test = await startSftpTestApp({ SFTP_MAX_SESSIONS_PER_ACCOUNT: '3' }, dialect);
    laPoste = await createOrganisation(test, 'La Poste', 'Points de contact', 'producteur.laposte');
    other = await createOrganisation(test, 'Agence nationale de la cohésion des territoires', 'France services', 'producteur.anct');
    const producer = bearer(laPoste.producerToken);
    await test.http().post(`/api/organizations/${laPoste.id}/sftp-accounts`).set(producer).send({ username: laPosteKey.username, publicKey: keys.public }).expect(201);
    await test.http().post(`/api/organizations/${laPoste.id}/sftp-accounts`).set(producer).send(laPostePassword).expect(201);
    await test
      .http()
      .post(`/api/organizations/${other.id}/sftp-accounts`)
      .set(bearer(other.producerToken))
      .send({ username: 'anct-export', password: 'mot-de-passe-sftp-anct' })
      .expect(201);
  });

  afterEach(() => {
    for (const connection of open.splice(0)) connection.end();
  });

  afterAll(async () => {
    await test?.close();
  });

  describe('comptes (API HTTP)', () => {
    it('refuse les clés RSA de moins de 3072 bits, les clés ECDSA et les clés privées, en français ; accepte RSA 3072 et seulement la clé enregistrée', async () => {
      const producer = bearer(laPoste.producerToken);
      const post = (body: object) => test.http().post(`/api/organizations/${laPoste.id}/sftp-accounts`).set(producer).send(body);
      const rsa2048 = await post({ username: 'cle-rsa-courte', publicKey: utils.generateKeyPairSync('rsa', { bits: 2048 }).public }).expect(400);
      expect(rsa2048.body.message).toMatch(/Clé RSA de 2048 bits refusée : 3072 bits au minimum/);
      const ecdsa = await post({ username: 'cle-ecdsa', publicKey: utils.generateKeyPairSync('ecdsa', { bits: 256 }).public }).expect(400);
      expect(ecdsa.body.message).toMatch(/Type de clé « ecdsa-sha2-nistp256 » refusé/);
      const secret = await post({ username: 'cle-privee', publicKey: keys.private }).expect(400);
      expect(secret.body.message).toMatch(/clé privée/);
      const both = await post({ username: 'les-deux', password: 'un-mot-de-passe-assez-long', publicKey: keys.public }).expect(400);
      expect(both.body.message).toMatch(/un seul des deux/);
      const rsa3072 = utils.generateKeyPairSync('rsa', { bits: 3072 });
      await post({ username: 'cle-rsa-longue', publicKey: rsa3072.public }).expect(201);
      const withRsa = await session({ username: 'cle-rsa-longue', privateKey: rsa3072.private });
      expect(await withRsa.readdir('/')).toEqual([laPoste.datasetSlug]);
      const stranger = generateEd25519KeyPair().private;
      await expect(connect(test.port, { username: laPosteKey.username, privateKey: stranger })).rejects.toThrow(/authentication methods failed/);
      const taken = await post({ username: laPosteKey.username, password: 'un-mot-de-passe-assez-long' }).expect(409);
      expect(taken.body.message).toMatch(/déjà utilisé/);
    });

    it('liste les comptes au format simple-rest, sans secret, et ne montre rien à une autre organisation', async () => {
      const listed = await test.http().get(`/api/organizations/${laPoste.id}/sftp-accounts`).set(bearer(laPoste.producerToken)).expect(200);
      expect(listed.headers['content-range']).toMatch(/^sftp-accounts 0-\d+\/\d+$/);
      const keyAccount = listed.body.find((account: { username: string }) => account.username === laPosteKey.username);
      expect(keyAccount).toMatchObject({ authMethod: 'publickey', keyType: 'ssh-ed25519', disabledAt: null });
      expect(keyAccount.keyFingerprint).toMatch(/^SHA256:/);
      expect(JSON.stringify(listed.body)).not.toMatch(/passwordHash|scrypt/);
      await test.http().get(`/api/organizations/${laPoste.id}/sftp-accounts`).set(bearer(other.producerToken)).expect(404);
    });

    it('désactive un compte : il ne peut plus se connecter', async () => {
      const producer = bearer(laPoste.producerToken);
      const created = await test.http().post(`/api/organizations/${laPoste.id}/sftp-accounts`).set(producer).send({ username: 'a-desactiver', password: 'mot-de-passe-a-desactiver' }).expect(201);
      const connection = await session({ username: 'a-desactiver', password: 'mot-de-passe-a-desactiver' });
      connection.end();
      const disabled = await test.http().delete(`/api/organizations/${laPoste.id}/sftp-accounts/${created.body.id}`).set(producer).expect(200);
      expect(disabled.body.disabledAt).not.toBeNull();
      await expect(connect(test.port, { username: 'a-desactiver', password: 'mot-de-passe-a-desactiver' })).rejects.toThrow(/authentication methods failed/);
    });
  });

  describe('arborescence', () => {
    it('montre les jeux de données de l’organisation, chacun avec inbox, reports et archive', async () => {
      const { readdir, realpath } = await session(laPosteKey);
      expect(await readdir('/')).toEqual([laPoste.datasetSlug]);
      expect(await readdir(`/${laPoste.datasetSlug}`)).toEqual(['archive', 'inbox', 'reports']);
      expect(await realpath('.')).toBe('/');
      expect(await realpath(`/${laPoste.datasetSlug}/inbox/..`)).toBe(`/${laPoste.datasetSlug}`);
    });
  });

  const describeRealData = fs.existsSync(LAPOSTE_2020) ? describe : describe.skip;
  if (!fs.existsSync(LAPOSTE_2020)) console.warn(`Dépôt SFTP : ${LAPOSTE_2020} absent, dépôt du fichier réel de La Poste ignoré`);

  describeRealData('un fichier réel déposé avec sa correspondance', () => {
    it('devient une soumission (canal sftp, correspondance du fichier .mapping.json) dont le rapport revient dans reports/', async () => {
      const slug = laPoste.datasetSlug;
      const { writeFile, readdir, end } = await session(laPosteKey);
      const started = Date.now();
      await writeFile(`/${slug}/inbox/laposte_points_de_contact_2020-12.mapping.json`, fs.readFileSync(LAPOSTE_MAPPING));
      await writeFile(`/${slug}/inbox/laposte_points_de_contact_2020-12.csv`, fs.readFileSync(LAPOSTE_2020));
      expect(await readdir(`/${slug}/inbox`)).toEqual(['laposte_points_de_contact_2020-12.mapping.json']);
      end();

      const [submission] = await submissionsOf(test, laPoste);
      expect(submission).toMatchObject({ channel: 'sftp', senderType: 'sftp-account', senderName: laPosteKey.username, fileName: 'laposte_points_de_contact_2020-12.csv', mappingOrigin: 'sftp-sidecar' });
      expect(submission.fileSize).toBe(fs.statSync(LAPOSTE_2020).size);

      const { json, text } = await reportsOf(laPosteKey, slug, 'laposte_points_de_contact_2020-12');
      console.info(`La Poste 2020 (${dialect}) : dépôt SFTP → rapports relus en ${Date.now() - started} ms, ${json.stats.errors} erreur(s)`);
      expect(json.tasks[0].stats.rows).toBeGreaterThan(17_000);
      expect(typeof json.valid).toBe('boolean');
      expect(text).toMatch(/^Rapport de validation Maillage — laposte_points_de_contact_2020-12\.csv/);
      expect(text).toMatch(/Correspondance de colonnes : fichier \.mapping\.json déposé à côté du fichier/);
      expect(text).toMatch(/Le fichier (est valide|contient \d+ erreurs?)/);

      const uploads = await auditEvents(test, 'sftp.upload');
      expect(uploads.find((event) => event.targetId === submission.id)).toMatchObject({ channel: 'sftp', actorType: 'sftp-account', organizationId: laPoste.id });
    });
  });

  describe('un fichier invalide', () => {
    it('rapporte ses erreurs en français dans reports/', async () => {
      const slug = laPoste.datasetSlug;
      const { writeFile } = await session(laPostePassword);
      await writeFile(`/${slug}/inbox/sites-errones.csv`, 'id_site;nom;code_postal\nA1;Bureau de poste;7500\nA1;;75001\n');
      const { json, text } = await reportsOf(laPostePassword, slug, 'sites-errones');
      expect(json.valid).toBe(false);
      expect(json.stats.errors).toBeGreaterThan(0);
      expect(text).toMatch(/Le fichier contient \d+ erreurs?/);
      expect(text).toMatch(/Comment corriger|Exemple :/);
    });
  });

  describe('ce qui est refusé', () => {
    it('refuse de sortir de l’arborescence, les liens symboliques, les noms étranges et le jeu d’une autre organisation', async () => {
      const slug = laPoste.datasetSlug;
      const calls = await session(laPostePassword);
      const before = (await submissionsOf(test, laPoste)).length;
      const attempts: Array<[string, () => Promise<unknown>]> = [
        ['.. vers la racine du système', () => calls.writeFile(`/${slug}/inbox/../../../etc/passwd`, 'x')],
        ['.. relatif', () => calls.writeFile('../../tmp/evasion.csv', 'x')],
        ['chemin absolu du système', () => calls.writeFile('/etc/cron.d/evasion', 'x')],
        ['lecture hors arborescence', () => calls.readFile('/../../etc/passwd')],
        ['liste au-dessus de la racine', () => calls.readdir('/..')],
        ['lien symbolique', () => calls.symlink('/etc/passwd', `/${slug}/inbox/lien.csv`)],
        ['lecture de lien', () => calls.readlink(`/${slug}/inbox/lien.csv`)],
        ['jeu d’une autre organisation', () => calls.writeFile(`/${other.datasetSlug}/inbox/intrus.csv`, 'id_site\n1\n')],
        ['liste du jeu d’une autre organisation', () => calls.readdir(`/${other.datasetSlug}/reports`)],
        ['caractère de contrôle', () => calls.writeFile(`/${slug}/inbox/sites\u0007.csv`, 'x')],
        ['antislash', () => calls.writeFile(`/${slug}/inbox/..\\..\\sites.csv`, 'x')],
        ['nom de plus de 255 octets', () => calls.writeFile(`/${slug}/inbox/${'é'.repeat(130)}.csv`, 'x')],
        ['chemin de plus de 1024 octets', () => calls.writeFile(`/${slug}/inbox/${'a/'.repeat(520)}x.csv`, 'x')],
        ['fichier caché', () => calls.writeFile(`/${slug}/inbox/.bashrc`, 'x')],
        ['dépôt dans reports/', () => calls.writeFile(`/${slug}/reports/faux.json`, '{}')],
        ['dépôt dans archive/', () => calls.writeFile(`/${slug}/archive/faux.csv`, 'x')],
        ['sous-dossier', () => calls.writeFile(`/${slug}/inbox/sous/dossier.csv`, 'x')],
        ['création de dossier', () => calls.mkdir(`/${slug}/nouveau`)],
        ['suppression d’un rapport', () => calls.unlink(`/${slug}/reports/sites-errones.txt`)],
      ];
      for (const [what, attempt] of attempts) {
        const error = await refusal(attempt()).catch((unexpected: Error) => {
          throw new Error(`${what} : ${unexpected.message}`);
        });
        if (error.code === undefined) throw new Error(`${what} : ${error.message}`);
        expect([STATUS_CODE.PERMISSION_DENIED, STATUS_CODE.FAILURE, STATUS_CODE.NO_SUCH_FILE]).toContain(error.code);
        expect(error.message).toMatch(/[a-zéèà]{3,}/);
      }
      const traversal = await refusal(calls.writeFile(`/${slug}/inbox/../../../etc/passwd`, 'x'));
      expect(traversal.code).toBe(STATUS_CODE.PERMISSION_DENIED);
      expect(traversal.message).toMatch(/« \.\. » n’est pas autorisé/);
      const foreign = await refusal(calls.writeFile(`/${other.datasetSlug}/inbox/intrus.csv`, 'x'));
      expect(foreign.message).toMatch(/Aucun jeu de données « france-services » pour ce compte/);
      const symlink = await refusal(calls.symlink('/etc/passwd', `/${slug}/inbox/lien.csv`));
      expect(symlink.code).toBe(STATUS_CODE.PERMISSION_DENIED);
      expect(symlink.message).toMatch(/liens symboliques/);

      expect((await submissionsOf(test, laPoste)).length).toBe(before);
      expect(await submissionsOf(test, other)).toEqual([]);
      expect(fs.existsSync('/tmp/evasion.csv')).toBe(false);
    });

    it('refuse une correspondance illisible, puis le fichier dont la correspondance ne colle pas au schéma, en disant pourquoi', async () => {
      const slug = laPoste.datasetSlug;
      const calls = await session(laPostePassword);
      const before = (await submissionsOf(test, laPoste)).length;
      const notJson = await refusal(calls.writeFile(`/${slug}/inbox/mauvaise.mapping.json`, '{ pas du json'));
      expect(notJson.message).toBe('Correspondance refusée : « mauvaise.mapping.json » n’est pas un document JSON valide');
      expect(await calls.readdir(`/${slug}/inbox`)).not.toContain('mauvaise.mapping.json');
      await calls.writeFile(`/${slug}/inbox/mauvaise.mapping.json`, JSON.stringify({ fields: { champ_inexistant: 'colonne' } }));
      const refused = await refusal(calls.writeFile(`/${slug}/inbox/mauvaise.csv`, 'colonne\n1\n'));
      expect(refused.code).toBe(STATUS_CODE.FAILURE);
      expect(refused.message).toMatch(/^Fichier refusé : Correspondance de colonnes invalide/);
      expect(refused.message).toMatch(/champ_inexistant/);
      expect((await submissionsOf(test, laPoste)).length).toBe(before);
      await calls.unlink(`/${slug}/inbox/mauvaise.mapping.json`);
    });

    it('ne laisse pas relire les dépôts, seulement les renommer ou les supprimer', async () => {
      const slug = laPoste.datasetSlug;
      const calls = await session(laPostePassword);
      await calls.writeFile(`/${slug}/inbox/brouillon.csv.part`, 'id_site\n1\n');
      const read = await refusal(calls.readFile(`/${slug}/inbox/brouillon.csv.part`));
      expect(read.code).toBe(STATUS_CODE.PERMISSION_DENIED);
      await calls.rename(`/${slug}/inbox/brouillon.csv.part`, `/${slug}/inbox/brouillon2.csv.tmp`);
      await calls.unlink(`/${slug}/inbox/brouillon2.csv.tmp`);
      expect(await calls.readdir(`/${slug}/inbox`)).not.toContain('brouillon2.csv.tmp');
    });
  });

  describe('envois', () => {
    it('honore un nom temporaire (.part) renommé : la soumission naît au renommage, pas avant', async () => {
      const slug = laPoste.datasetSlug;
      const calls = await session(laPostePassword);
      const before = (await submissionsOf(test, laPoste)).length;
      await calls.writeFile(`/${slug}/inbox/export-nocturne.csv.part`, 'id_site;nom\nP1;Bureau de poste de Guéret\n');
      expect(await calls.readdir(`/${slug}/inbox`)).toContain('export-nocturne.csv.part');
      expect((await submissionsOf(test, laPoste)).length).toBe(before);
      await calls.rename(`/${slug}/inbox/export-nocturne.csv.part`, `/${slug}/inbox/export-nocturne.csv`);
      expect(await calls.readdir(`/${slug}/inbox`)).not.toContain('export-nocturne.csv.part');
      const submissions = await submissionsOf(test, laPoste);
      expect(submissions.length).toBe(before + 1);
      expect(submissions.find((submission) => submission.fileName === 'export-nocturne.csv')).toMatchObject({ channel: 'sftp' });
    });

    it('reçoit deux envois simultanés de deux sessions', async () => {
      const slug = laPoste.datasetSlug;
      const first = await session(laPosteKey);
      const second = await session(laPostePassword);
      const before = (await submissionsOf(test, laPoste)).length;
      const body = (name: string) => Buffer.from(`id_site;nom\n${Array.from({ length: 20_000 }, (_, index) => `${name}-${index};Site ${index}`).join('\n')}\n`);
      await Promise.all([first.writeFile(`/${slug}/inbox/simultane-a.csv`, body('a')), second.writeFile(`/${slug}/inbox/simultane-b.csv`, body('b'))]);
      const names = (await submissionsOf(test, laPoste)).map((submission) => submission.fileName);
      expect(names.length).toBe(before + 2);
      expect(names).toEqual(expect.arrayContaining(['simultane-a.csv', 'simultane-b.csv']));
    });

    it('ne crée aucune soumission d’un envoi interrompu, et efface le fichier partiel', async () => {
      const slug = laPoste.datasetSlug;
      const uploads = path.join(test.config.sftp.directory, 'uploads');
      const before = (await submissionsOf(test, laPoste)).length;
      const calls = await session(laPostePassword);
      const handle = await calls.open(`/${slug}/inbox/coupe-en-route.csv`, 'w');
      await calls.write(handle, Buffer.from('id_site;nom\n'.padEnd(64 * 1024, 'x')), 0);
      await calls.write(handle, Buffer.alloc(64 * 1024, 'y'), 64 * 1024);
      expect(fs.readdirSync(uploads).length).toBeGreaterThan(0);
      calls.client.destroy();
      await waitFor('la suppression du fichier partiel', () => fs.readdirSync(uploads).length === 0, 10_000);
      expect((await submissionsOf(test, laPoste)).length).toBe(before);
      const check = await session(laPostePassword);
      expect(await check.readdir(`/${slug}/inbox`)).not.toContain('coupe-en-route.csv');
    });

    it('soumet à la revue un fichier valide quand le jeu est réglé ainsi, et le range dans archive/', async () => {
      const slug = laPoste.datasetSlug;
      await test.http().put(`/api/datasets/${laPoste.datasetId}/mapping`).set(bearer(laPoste.producerToken)).send({ mapping: null, autoSubmit: true }).expect(200);
      const calls = await session(laPostePassword);
      await calls.writeFile(`/${slug}/inbox/exemple.csv`, fs.readFileSync(VALID_EXAMPLE));
      const submitted = await waitFor(
        'la soumission automatique',
        async () => (await submissionsOf(test, laPoste)).find((submission) => submission.fileName === 'exemple.csv' && submission.status === 'submitted'),
        60_000,
      );
      expect(submitted).toMatchObject({ channel: 'sftp', errorCount: 0, mappingOrigin: null });
      expect(await calls.readdir(`/${slug}/archive`)).toContain('exemple.csv');
      expect((await calls.readFile(`/${slug}/archive/exemple.csv`)).equals(fs.readFileSync(VALID_EXAMPLE))).toBe(true);
      const text = (await calls.readFile(`/${slug}/reports/exemple.txt`)).toString('utf8');
      expect(text).toMatch(/Statut : soumise/);
      expect(text).toMatch(/Le fichier est valide/);
    });
  });
});
