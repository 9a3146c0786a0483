import { Client, OpenMode, SFTPWrapper } from 'ssh2';

export interface Credentials {
  username: string;
  password?: string;
  privateKey?: string;
}

export interface SftpConnection {
  client: Client;
  sftp: SFTPWrapper;
  end(): void;
}

/** An SFTP error as the client sees it: the status code and the server's message. */
export interface SftpError extends Error {
  code: number;
}

/** Connects with the `ssh2` client, as an unattended export script would. */
export function connect(port: number, credentials: Credentials): Promise<SftpConnection> {
  const client = new Client();
  return new Promise((resolve, reject) => {
    client
      .on('ready', () =>
        client.sftp((error, sftp) => {
          if (error) return reject(error);
          resolve({ client, sftp, end: () => client.end() });
        }),
      )
      .on('error', reject)
      .connect({ host: '127.0.0.1', port, username: credentials.username, password: credentials.password, privateKey: credentials.privateKey, readyTimeout: 20_000, tryKeyboard: false });
  });
}

/** Resolves with the error a request failed with (the test expects a refusal), or rejects if it succeeded. */
export async function refusal(operation: Promise<unknown>): Promise<SftpError> {
  try {
    await operation;
  } catch (error) {
    return error as SftpError;
  }
  throw new Error('La requête SFTP devait être refusée, elle a réussi');
}

/** Promise versions of the few SFTP calls the tests use. */
export function sftpCalls(sftp: SFTPWrapper) {
  const call =
    <T>(run: (done: (error: Error | null | undefined, value?: T) => void) => void) =>
    () =>
      new Promise<T>((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
  return {
    writeFile: (path: string, data: Buffer | string) => call<void>((done) => sftp.writeFile(path, data, (error) => done(error)))(),
    readFile: (path: string) => call<Buffer>((done) => sftp.readFile(path, (error, data) => done(error, data)))(),
    readdir: (path: string) => call<string[]>((done) => sftp.readdir(path, (error, list) => done(error, list?.map((item) => item.filename).sort())))(),
    stat: (path: string) => call<{ size: number }>((done) => sftp.stat(path, (error, stats) => done(error, stats)))(),
    rename: (from: string, to: string) => call<void>((done) => sftp.rename(from, to, (error) => done(error)))(),
    unlink: (path: string) => call<void>((done) => sftp.unlink(path, (error) => done(error)))(),
    mkdir: (path: string) => call<void>((done) => sftp.mkdir(path, (error) => done(error)))(),
    symlink: (target: string, link: string) => call<void>((done) => sftp.symlink(target, link, (error) => done(error)))(),
    readlink: (path: string) => call<string>((done) => sftp.readlink(path, (error, target) => done(error, target)))(),
    realpath: (path: string) => call<string>((done) => sftp.realpath(path, (error, target) => done(error, target)))(),
    open: (path: string, flags: OpenMode) => call<Buffer>((done) => sftp.open(path, flags, (error, handle) => done(error, handle)))(),
    write: (handle: Buffer, data: Buffer, position: number) => call<void>((done) => sftp.write(handle, data, 0, data.length, position, (error) => done(error)))(),
    close: (handle: Buffer) => call<void>((done) => sftp.close(handle, (error) => done(error)))(),
  };
}
