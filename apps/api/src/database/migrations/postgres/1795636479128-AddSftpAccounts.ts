import { MigrationInterface, QueryRunner } from "typeorm";

export class AddSftpAccounts1795636479128 implements MigrationInterface {
    name = 'AddSftpAccounts1795636479128'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sftp_accounts" ("id" uuid NOT NULL, "organizationId" uuid NOT NULL, "username" character varying(64) NOT NULL, "authMethod" character varying(10) NOT NULL, "passwordHash" character varying(200), "publicKey" text, "keyType" character varying(40), "keyFingerprint" character varying(60), "createdById" character varying(100), "createdByName" character varying(200), "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "lastLoginAt" TIMESTAMP, "lastLoginIp" character varying(64), "disabledAt" TIMESTAMP, CONSTRAINT "PK_9475f06df8132249454af6ce392" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_sftp_accounts_organization" ON "sftp_accounts"  ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sftp_accounts_username" ON "sftp_accounts"  ("username") `);
        await queryRunner.query(`ALTER TABLE "sftp_accounts" ADD CONSTRAINT "FK_sftp_accounts_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "sftp_accounts" DROP CONSTRAINT "FK_sftp_accounts_organization"`);
        await queryRunner.query(`DROP INDEX "UQ_sftp_accounts_username"`);
        await queryRunner.query(`DROP INDEX "IDX_sftp_accounts_organization"`);
        await queryRunner.query(`DROP TABLE "sftp_accounts"`);
    }

}
