import { MigrationInterface, QueryRunner } from "typeorm";

export class AddSftpAccounts1795636479128 implements MigrationInterface {
    name = 'AddSftpAccounts1795636479128'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "sftp_accounts" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "username" varchar(64) NOT NULL, "authMethod" varchar(10) NOT NULL, "passwordHash" varchar(200), "publicKey" text, "keyType" varchar(40), "keyFingerprint" varchar(60), "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastLoginAt" datetime, "lastLoginIp" varchar(64), "disabledAt" datetime)`);
        await queryRunner.query(`CREATE INDEX "IDX_sftp_accounts_organization" ON "sftp_accounts" ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sftp_accounts_username" ON "sftp_accounts" ("username") `);
        await queryRunner.query(`DROP INDEX "IDX_sftp_accounts_organization"`);
        await queryRunner.query(`DROP INDEX "UQ_sftp_accounts_username"`);
        await queryRunner.query(`CREATE TABLE "temporary_sftp_accounts" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "username" varchar(64) NOT NULL, "authMethod" varchar(10) NOT NULL, "passwordHash" varchar(200), "publicKey" text, "keyType" varchar(40), "keyFingerprint" varchar(60), "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastLoginAt" datetime, "lastLoginIp" varchar(64), "disabledAt" datetime, CONSTRAINT "FK_sftp_accounts_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_sftp_accounts"("id", "organizationId", "username", "authMethod", "passwordHash", "publicKey", "keyType", "keyFingerprint", "createdById", "createdByName", "createdAt", "lastLoginAt", "lastLoginIp", "disabledAt") SELECT "id", "organizationId", "username", "authMethod", "passwordHash", "publicKey", "keyType", "keyFingerprint", "createdById", "createdByName", "createdAt", "lastLoginAt", "lastLoginIp", "disabledAt" FROM "sftp_accounts"`);
        await queryRunner.query(`DROP TABLE "sftp_accounts"`);
        await queryRunner.query(`ALTER TABLE "temporary_sftp_accounts" RENAME TO "sftp_accounts"`);
        await queryRunner.query(`CREATE INDEX "IDX_sftp_accounts_organization" ON "sftp_accounts" ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sftp_accounts_username" ON "sftp_accounts" ("username") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "UQ_sftp_accounts_username"`);
        await queryRunner.query(`DROP INDEX "IDX_sftp_accounts_organization"`);
        await queryRunner.query(`ALTER TABLE "sftp_accounts" RENAME TO "temporary_sftp_accounts"`);
        await queryRunner.query(`CREATE TABLE "sftp_accounts" ("id" varchar PRIMARY KEY NOT NULL, "organizationId" varchar NOT NULL, "username" varchar(64) NOT NULL, "authMethod" varchar(10) NOT NULL, "passwordHash" varchar(200), "publicKey" text, "keyType" varchar(40), "keyFingerprint" varchar(60), "createdById" varchar(100), "createdByName" varchar(200), "createdAt" datetime NOT NULL DEFAULT (datetime('now')), "lastLoginAt" datetime, "lastLoginIp" varchar(64), "disabledAt" datetime)`);
        await queryRunner.query(`INSERT INTO "sftp_accounts"("id", "organizationId", "username", "authMethod", "passwordHash", "publicKey", "keyType", "keyFingerprint", "createdById", "createdByName", "createdAt", "lastLoginAt", "lastLoginIp", "disabledAt") SELECT "id", "organizationId", "username", "authMethod", "passwordHash", "publicKey", "keyType", "keyFingerprint", "createdById", "createdByName", "createdAt", "lastLoginAt", "lastLoginIp", "disabledAt" FROM "temporary_sftp_accounts"`);
        await queryRunner.query(`DROP TABLE "temporary_sftp_accounts"`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_sftp_accounts_username" ON "sftp_accounts" ("username") `);
        await queryRunner.query(`CREATE INDEX "IDX_sftp_accounts_organization" ON "sftp_accounts" ("organizationId") `);
        await queryRunner.query(`DROP INDEX "UQ_sftp_accounts_username"`);
        await queryRunner.query(`DROP INDEX "IDX_sftp_accounts_organization"`);
        await queryRunner.query(`DROP TABLE "sftp_accounts"`);
    }

}
