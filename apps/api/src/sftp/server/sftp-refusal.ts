import { utils } from 'ssh2';

const { STATUS_CODE } = utils.sftp;

/** A refused SFTP request: the status code and the French message the client prints. */
export class SftpRefusal extends Error {
  private constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SftpRefusal';
  }

  static denied(message: string): SftpRefusal {
    return new SftpRefusal(STATUS_CODE.PERMISSION_DENIED, message);
  }

  static failure(message: string): SftpRefusal {
    return new SftpRefusal(STATUS_CODE.FAILURE, message);
  }

  static unsupported(message: string): SftpRefusal {
    return new SftpRefusal(STATUS_CODE.OP_UNSUPPORTED, message);
  }

  static noSuchFile(message: string): SftpRefusal {
    return new SftpRefusal(STATUS_CODE.NO_SUCH_FILE, message);
  }
}
