import http from 'http';
import type { AddressInfo } from 'net';

export interface FakeS3Server {
  endpoint: string;
  objects: Map<string, { body: Buffer; headers: http.IncomingHttpHeaders }>;
  close(): Promise<void>;
}

const NO_SUCH_KEY = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>absent</Message></Error>';

/**
 * Just enough of the S3 REST API (path-style HeadBucket, PutObject, GetObject, HeadObject, DeleteObject) for the
 * S3 driver to talk to over real HTTP, signatures included (not checked).
 */
export async function startFakeS3Server(bucket: string): Promise<FakeS3Server> {
  const objects = new Map<string, { body: Buffer; headers: http.IncomingHttpHeaders }>();
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://s3.local');
    const [, requestedBucket, ...keyParts] = url.pathname.split('/');
    const key = decodeURIComponent(keyParts.join('/'));
    if (requestedBucket !== bucket) {
      response.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const stored = objects.get(key);
      if (!key) {
        response.writeHead(request.method === 'HEAD' ? 200 : 405).end();
      } else if (request.method === 'PUT') {
        objects.set(key, { body: Buffer.concat(chunks), headers: request.headers });
        response.writeHead(200, { ETag: '"etag"' }).end();
      } else if (request.method === 'DELETE') {
        objects.delete(key);
        response.writeHead(204).end();
      } else if (!stored) {
        response.writeHead(404, { 'Content-Type': 'application/xml' }).end(request.method === 'HEAD' ? undefined : NO_SUCH_KEY);
      } else {
        response.writeHead(200, { 'Content-Length': stored.body.length, 'Content-Type': 'application/octet-stream' });
        response.end(request.method === 'HEAD' ? undefined : stored.body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
