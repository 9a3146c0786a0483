import fs from 'fs';
import net from 'net';
import path from 'path';
import { bearer, createOrganisation, startSftpTestApp } from './support/sftp-test-app';
import { connect, sftpCalls } from './support/ssh-client';

jest.setTimeout(60_000);

describe('Dépôt SFTP : démarrage et arrêt de l’application embarquée', () => {
  it('ferme les sessions à l’arrêt et efface le fichier partiel d’un envoi en cours', async () => {
    const test = await startSftpTestApp({ SHUTDOWN_GRACE_MS: '500' });
    try {
      const organisation = await createOrganisation(test, 'Caisse nationale des allocations familiales', 'Accueils CAF', 'producteur.caf');
      await test.http().post(`/api/organizations/${organisation.id}/sftp-accounts`).set(bearer(organisation.producerToken)).send({ username: 'caf-nuit', password: 'mot-de-passe-de-la-caf' }).expect(201);
      const connection = await connect(test.port, { username: 'caf-nuit', password: 'mot-de-passe-de-la-caf' });
      const closed = new Promise<void>((resolve) => connection.client.on('close', () => resolve()));
      const calls = sftpCalls(connection.sftp);
      const handle = await calls.open(`/${organisation.datasetSlug}/inbox/pendant-l-arret.csv`, 'w');
      await calls.write(handle, Buffer.from('id_site;nom\nC1;Accueil de Guéret\n'), 0);
      const uploads = path.join(test.config.sftp.directory, 'uploads');
      expect(fs.readdirSync(uploads)).toHaveLength(1);

      await test.shutdown();
      await closed;
      expect(fs.readdirSync(uploads)).toEqual([]);
    } finally {
      await test.close();
    }
  });

  it('refuse de démarrer sur un port déjà pris, en disant quoi changer', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as net.AddressInfo).port;
    try {
      await expect(startSftpTestApp({ SFTP_PORT: String(port) })).rejects.toThrow(
        `Le dépôt SFTP ne peut pas écouter sur 127.0.0.1:${port} (EADDRINUSE) : choisissez un autre SFTP_PORT, ou SFTP_ENABLED=false`,
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
