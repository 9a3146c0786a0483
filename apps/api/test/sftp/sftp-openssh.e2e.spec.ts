import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { waitFor } from '../support/wait-for';
import { bearer, createOrganisation, Organisation, SftpTestApp, startSftpTestApp, submissionsOf } from './support/sftp-test-app';
import { generateEd25519KeyPair } from '../../src/sftp/server/host-key';

const REPOSITORY = path.resolve(__dirname, '../../../..');
const LAPOSTE_2020 = path.resolve(REPOSITORY, '../shared/data/real/laposte_points_de_contact_2020-12.csv');
const LAPOSTE_MAPPING = path.join(REPOSITORY, 'schemas/sites-publics/1.0.0/mappings/laposte-points-de-contact.mapping.json');
const OPENSSH_SFTP = spawnSync('sh', ['-c', 'command -v sftp'], { encoding: 'utf8' }).stdout.trim();

const missing = [!OPENSSH_SFTP && 'le client OpenSSH « sftp » (apt-get install openssh-client)', !fs.existsSync(LAPOSTE_2020) && LAPOSTE_2020].filter(Boolean);
if (missing.length > 0) console.warn(`Dépôt SFTP avec OpenSSH ignoré : ${missing.join(' et ')} absent`);
const describeWithOpenSsh = missing.length === 0 ? describe : describe.skip;

jest.setTimeout(180_000);

describeWithOpenSsh('Dépôt SFTP avec le client OpenSSH en mode batch (sftp -b)', () => {
  let test: SftpTestApp;
  let organisation: Organisation;
  let workDirectory: string;
  let keyFile: string;

  /**
   * Runs `sftp -b` with the account's key; a batch stops at its first failing command. Asynchronously: the server
   * answering it runs in this very process.
   */
  const batch = (commands: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> => {
    const batchFile = path.join(workDirectory, `batch-${Date.now()}`);
    fs.writeFileSync(batchFile, `${commands.join('\n')}\n`);
    const child = spawn(
      OPENSSH_SFTP,
      [
        '-b', batchFile,
        '-i', keyFile,
        '-P', String(test.port),
        '-o', 'StrictHostKeyChecking=no',
        '-o', `UserKnownHostsFile=${path.join(workDirectory, 'known_hosts')}`,
        '-o', 'IdentitiesOnly=yes',
        '-o', 'BatchMode=yes',
        '-o', 'LogLevel=ERROR',
        'laposte-openssh@127.0.0.1',
      ],
      { cwd: workDirectory, timeout: 60_000 },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  };

  beforeAll(async () => {
    workDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'maillage-openssh-'));
    const keys = generateEd25519KeyPair('openssh@laposte');
    keyFile = path.join(workDirectory, 'id_ed25519');
    fs.writeFileSync(keyFile, keys.private, { mode: 0o600 });
    test = await startSftpTestApp();
    organisation = await createOrganisation(test, 'La Poste', 'Points de contact', 'producteur.laposte');
    await test
      .http()
      .post(`/api/organizations/${organisation.id}/sftp-accounts`)
      .set(bearer(organisation.producerToken))
      .send({ username: 'laposte-openssh', publicKey: keys.public })
      .expect(201);
    fs.copyFileSync(LAPOSTE_2020, path.join(workDirectory, 'points.csv'));
    fs.copyFileSync(LAPOSTE_MAPPING, path.join(workDirectory, 'points.mapping.json'));
  });

  afterAll(async () => {
    await test?.close();
    if (workDirectory) fs.rmSync(workDirectory, { recursive: true, force: true });
  });

  it('dépose le fichier réel sous un nom temporaire, le renomme, et récupère ses rapports', async () => {
    const slug = organisation.datasetSlug;
    const upload = await batch([`cd /${slug}/inbox`, 'put points.mapping.json', 'put points.csv points.csv.part', 'rename points.csv.part points.csv', 'ls -l']);
    expect(upload.stderr).toBe('');
    expect(upload.status).toBe(0);
    expect(upload.stdout).toMatch(/points\.mapping\.json/);
    const [submission] = await submissionsOf(test, organisation);
    expect(submission).toMatchObject({ fileName: 'points.csv', channel: 'sftp', mappingOrigin: 'sftp-sidecar', fileSize: fs.statSync(LAPOSTE_2020).size });

    await waitFor(
      'les rapports dans reports/',
      async () => {
        const listing = await batch([`ls /${slug}/reports`]);
        return listing.stdout.includes('points.json') && listing.stdout.includes('points.txt');
      },
      90_000,
    );
    const download = await batch([`get /${slug}/reports/points.txt`, `get /${slug}/reports/points.json`]);
    expect(download.status).toBe(0);
    expect(fs.readFileSync(path.join(workDirectory, 'points.txt'), 'utf8')).toMatch(/^Rapport de validation Maillage — points\.csv\n/);
    expect(JSON.parse(fs.readFileSync(path.join(workDirectory, 'points.json'), 'utf8')).tasks[0].stats.rows).toBeGreaterThan(17_000);
  });

  it('échoue, sans rien créer, sur une remontée hors de l’arborescence, un lien symbolique ou un dossier créé', async () => {
    const slug = organisation.datasetSlug;
    const before = (await submissionsOf(test, organisation)).length;
    for (const command of [`put points.mapping.json /${slug}/inbox/../../evasion.csv`, `symlink /etc/passwd /${slug}/inbox/lien.csv`, `mkdir /${slug}/inbox/dossier`, 'cd /..']) {
      const attempt = await batch([command]);
      expect({ command, status: attempt.status }).toEqual({ command, status: 1 });
      // OpenSSH prints its own wording for most statuses, and the server's message for a refused path.
      expect(attempt.stderr).toMatch(command === 'cd /..' ? /Chemin refus/ : /Permission denied/);
    }
    expect((await submissionsOf(test, organisation)).length).toBe(before);
  });
});
