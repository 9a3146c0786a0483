import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795634651829 implements MigrationInterface {
    name = 'Initial1795634651829'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL, "at" TIMESTAMP NOT NULL, "actorType" character varying(20) NOT NULL, "actorId" character varying(100), "actorName" character varying(200), "organizationId" character varying(36), "channel" character varying(10) NOT NULL, "ip" character varying(64), "action" character varying(80) NOT NULL, "targetType" character varying(40), "targetId" character varying(100), "details" text, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_at" ON "audit_events"  ("at") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_action_at" ON "audit_events"  ("action", "at") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_events_organization_at" ON "audit_events"  ("organizationId", "at") `);
        await queryRunner.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "siren" character varying(9), "kind" character varying(20) NOT NULL, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_organizations_slug" ON "organizations"  ("slug") `);
        await queryRunner.query(`CREATE TABLE "datasets" ("id" uuid NOT NULL, "organizationId" uuid NOT NULL, "name" character varying(200) NOT NULL, "slug" character varying(120) NOT NULL, "description" text, "schemaName" character varying(100) NOT NULL DEFAULT 'sites-publics', "schemaVersion" character varying(40) NOT NULL, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_1bf831e43c559a240303e23d038" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_datasets_organization_slug" ON "datasets"  ("organizationId", "slug") `);
        await queryRunner.query(`CREATE TABLE "api_tokens" ("id" uuid NOT NULL, "organizationId" uuid NOT NULL, "name" character varying(100) NOT NULL, "scopes" text NOT NULL, "prefix" character varying(16) NOT NULL, "secretHash" character varying(64) NOT NULL, "createdById" character varying(100), "createdByName" character varying(200), "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "expiresAt" TIMESTAMP, "lastUsedAt" TIMESTAMP, "lastUsedIp" character varying(64), "revokedAt" TIMESTAMP, CONSTRAINT "PK_c587455266b5fa8dace7194caac" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_api_tokens_organization" ON "api_tokens"  ("organizationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_api_tokens_secret_hash" ON "api_tokens"  ("secretHash") `);
        await queryRunner.query(`CREATE TABLE "revoked_access_tokens" ("tokenId" character varying(64) NOT NULL, "expiresAt" TIMESTAMP NOT NULL, "revokedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_5f6b8864b6f30591bed7d9175c7" PRIMARY KEY ("tokenId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_revoked_access_tokens_expires_at" ON "revoked_access_tokens"  ("expiresAt") `);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL, "username" character varying(80) NOT NULL, "passwordHash" character varying(255) NOT NULL, "roles" text NOT NULL, "organizationIds" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "lastLoginAt" TIMESTAMP, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_users_username" ON "users"  ("username") `);
        await queryRunner.query(`CREATE TABLE "jobs" ("id" uuid NOT NULL, "name" character varying(100) NOT NULL, "payload" text NOT NULL, "status" character varying(20) NOT NULL, "attemptsMade" integer NOT NULL DEFAULT '0', "maxAttempts" integer NOT NULL, "backoffMs" integer NOT NULL, "runAt" TIMESTAMP NOT NULL, "lockedBy" character varying(36), "lockedUntil" TIMESTAMP, "lastError" text, "finishedAt" TIMESTAMP, "createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT "PK_cf0a6c42b72fcc7f7c237def345" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_jobs_status_run_at" ON "jobs"  ("status", "runAt") `);
        await queryRunner.query(`ALTER TABLE "datasets" ADD CONSTRAINT "FK_datasets_organization" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_8ef95b0556ebce3a4dcdba82359" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_8ef95b0556ebce3a4dcdba82359"`);
        await queryRunner.query(`ALTER TABLE "datasets" DROP CONSTRAINT "FK_datasets_organization"`);
        await queryRunner.query(`DROP INDEX "IDX_jobs_status_run_at"`);
        await queryRunner.query(`DROP TABLE "jobs"`);
        await queryRunner.query(`DROP INDEX "UQ_users_username"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "IDX_revoked_access_tokens_expires_at"`);
        await queryRunner.query(`DROP TABLE "revoked_access_tokens"`);
        await queryRunner.query(`DROP INDEX "UQ_api_tokens_secret_hash"`);
        await queryRunner.query(`DROP INDEX "IDX_api_tokens_organization"`);
        await queryRunner.query(`DROP TABLE "api_tokens"`);
        await queryRunner.query(`DROP INDEX "UQ_datasets_organization_slug"`);
        await queryRunner.query(`DROP TABLE "datasets"`);
        await queryRunner.query(`DROP INDEX "UQ_organizations_slug"`);
        await queryRunner.query(`DROP TABLE "organizations"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_organization_at"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_action_at"`);
        await queryRunner.query(`DROP INDEX "IDX_audit_events_at"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
    }

}
