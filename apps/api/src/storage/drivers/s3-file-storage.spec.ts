import { FakeS3Server, startFakeS3Server } from '../../../test/support/fake-s3-server';
import { itBehavesLikeAFileStorage } from '../../../test/support/file-storage.contract';
import { createS3Client, S3FileStorage } from './s3-file-storage';

describe('S3FileStorage (against an in-process fake S3 server)', () => {
  let server: FakeS3Server;
  let storage: S3FileStorage;

  beforeAll(async () => {
    server = await startFakeS3Server('maillage');
    const client = createS3Client({
      driver: 's3',
      endpoint: server.endpoint,
      bucket: 'maillage',
      region: 'fr-par',
      accessKeyId: 'cle',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    storage = new S3FileStorage(client, 'maillage');
  });

  afterAll(async () => {
    await server.close();
  });

  itBehavesLikeAFileStorage(() => storage);

  it('sends the length, content type and SHA-256 with the object', async () => {
    const stored = await storage.put(Buffer.from('a;b\n1;2\n'), { prefix: 'exports', contentType: 'text/csv' });
    const object = server.objects.get(stored.key);
    expect(object?.headers).toMatchObject({
      'content-length': '8',
      'content-type': 'text/csv',
      'x-amz-meta-sha256': stored.sha256,
    });
    expect(object?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=cle\//);
  });

  it('reports a missing bucket as down', async () => {
    const client = createS3Client({ driver: 's3', endpoint: server.endpoint, bucket: 'absent', region: 'fr-par', accessKeyId: 'c', secretAccessKey: 's', forcePathStyle: true });
    expect(await new S3FileStorage(client, 'absent').health()).toMatchObject({ up: false, detail: expect.stringContaining('« absent »') });
  });
});
